import { describe, expect, it } from 'vitest';
import { locate, type Path, type Target } from '../../src/core/locate.js';
import { LineIndex } from '../../src/core/source.js';
import { isClassic, looksClassic, parseClassic } from '../../src/fluent-bit/classic.js';

/** Dedents a classic config written in the test, keeping its own indentation (tabs included). */
function conf(strings: TemplateStringsArray): string {
  const lines = strings.raw.join('').replace(/^\n/, '').split('\n');
  const margin = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines
    .map((l) => l.slice(margin))
    .join('\n')
    .replace(/\\t/g, '\t')
    .replace(/\n\s*$/, '\n');
}

function read(text: string) {
  const parsed = parseClassic(text);
  expect(parsed.documents).toHaveLength(1);
  const [document] = parsed.documents;
  const lines = new LineIndex(text);
  /** The source text a data path points at, as the engine places findings. */
  const at = (path: Path, target: Target = 'value') => {
    const span = locate(document.root, lines, path, target);
    return text.slice(span.start, span.end);
  };
  return { data: document.value, problems: parsed.problems, at };
}

describe('the classic format: what it reads', () => {
  it("reads Fluent Bit's own test config into the YAML format's shape (tests/internal/data/config_format/classic/fluent-bit.conf)", () => {
    const { data, problems, at } = read(conf`
      @SET a=1
      @SET b=2
      @INCLUDE service.conf

      [PARSER]
          name       test_api

      [MULTILINE_PARSER]
          name       abc

      [CUSTOM]
          name       calyptia

      [INPUT]
          name      tail
          path      /var/log/containers/*.log

          [GROUP 1]
              key1  aa
              key2  bb

          [GROUP 2]
              key3  cc
              key4  dd

      [FILTER]
          name      stdout
          match     *

      [OUTPUT]
          name      null
          match     *

      [UNKNOWN]
          name      blah
    `);
    expect(problems).toEqual([]);
    expect(data).toEqual({
      pipeline: {
        inputs: [{ name: 'tail', path: '/var/log/containers/*.log', 'group 1': { key1: 'aa', key2: 'bb' }, 'group 2': { key3: 'cc', key4: 'dd' } }],
        filters: [{ name: 'stdout', match: '*' }],
        outputs: [{ name: 'null', match: '*' }],
      },
      customs: [{ name: 'calyptia' }],
      parsers: [{ name: 'test_api' }],
      multiline_parsers: [{ name: 'abc' }],
      includes: ['service.conf'],
      env: { a: '1', b: '2' },
      UNKNOWN: { name: 'blah' },
    });
    expect(isClassic(data)).toBe(true);
    expect(at(['pipeline', 'inputs', 0, 'path'])).toBe('/var/log/containers/*.log');
    expect(at(['pipeline', 'inputs', 0, 'path'], 'key')).toBe('path');
    expect(at(['pipeline', 'inputs', 0, 'group 2', 'key4'])).toBe('dd');
    expect(at(['pipeline', 'inputs', 0])).toBe('[INPUT]');
    expect(at(['pipeline', 'outputs', 0, 'name'])).toBe('null');
    expect(at(['includes', 0])).toBe('service.conf');
    expect(at(['env', 'b'])).toBe('2');
    expect(at(['env', 'b'], 'key')).toBe('b');
    expect(at(['UNKNOWN'], 'key')).toBe('[UNKNOWN]');
  });

  it('lower-cases keys as Fluent Bit stores them, and keeps values as written between blanks', () => {
    const { data, at } = read(conf`
      [INPUT]
          Name          tail
          MEM_BUF_LIMIT 5MB
          Regex  ^(?<host>[^ ]*) [^ ]*$   
          Match  *  # not a comment: Fluent Bit keeps it
    `);
    expect(data).toEqual({
      pipeline: { inputs: [{ name: 'tail', mem_buf_limit: '5MB', regex: '^(?<host>[^ ]*) [^ ]*$', match: '*  # not a comment: Fluent Bit keeps it' }] },
    });
    expect(at(['pipeline', 'inputs', 0, 'mem_buf_limit'], 'key')).toBe('MEM_BUF_LIMIT');
    expect(at(['pipeline', 'inputs', 0, 'regex'])).toBe('^(?<host>[^ ]*) [^ ]*$');
  });

  it('keeps every value of a repeated key, as a list (rewrite_tag rules, modify, multiline rules)', () => {
    const { data, at } = read(conf`
      [FILTER]
          Name  rewrite_tag
          Match kube.*
          Rule  $level ^error$ errors.$TAG false
          Rule  $level ^warn$  warnings.$TAG false

      [MULTILINE_PARSER]
          name          multiline-regex-test
          type          regex
          rule         "start_state"   "/(Dec \d+ \d+\:\d+\:\d+)(.*)/"  "cont"
          rule         "cont"          "/^\s+at.*/"                     "cont"
    `);
    expect(data).toEqual({
      pipeline: { filters: [{ name: 'rewrite_tag', match: 'kube.*', rule: ['$level ^error$ errors.$TAG false', '$level ^warn$  warnings.$TAG false'] }] },
      multiline_parsers: [
        {
          name: 'multiline-regex-test',
          type: 'regex',
          rule: ['"start_state"   "/(Dec \\d+ \\d+\\:\\d+\\:\\d+)(.*)/"  "cont"', '"cont"          "/^\\s+at.*/"                     "cont"'],
        },
      ],
    });
    expect(at(['pipeline', 'filters', 0, 'rule', 1])).toBe('$level ^warn$  warnings.$TAG false');
    expect(at(['multiline_parsers', 0, 'rule'], 'key')).toBe('rule');
  });

  it('merges every [SERVICE] into one section, as Fluent Bit does', () => {
    const { data } = read(conf`
      [SERVICE]
          Flush 1
      [INPUT]
          Name cpu
      [SERVICE]
          Log_Level debug
          Parsers_File a.conf
          Parsers_File b.conf
    `);
    expect(data).toEqual({ service: { flush: '1', log_level: 'debug', parsers_file: ['a.conf', 'b.conf'] }, pipeline: { inputs: [{ name: 'cpu' }] } });
  });

  it('takes any leading part of a section type (get_section_type compares with the name length)', () => {
    const { data } = read(conf`
      [IN]
          Name cpu
      [outputs]
          Name stdout
    `);
    expect(data).toEqual({ pipeline: { inputs: [{ name: 'cpu' }], outputs: [{ name: 'stdout' }] } });
  });

  it('reads upstream, streams and plugins files into their YAML sections', () => {
    expect(
      read(conf`
        [UPSTREAM]
            name forward-balancing
        [NODE]
            name node-1
            host 127.0.0.1
            port 43000
        [NODE]
            name node-2
            host 127.0.0.1
            port 44000
      `).data,
    ).toEqual({
      upstream_servers: [
        {
          name: 'forward-balancing',
          nodes: [
            { name: 'node-1', host: '127.0.0.1', port: '43000' },
            { name: 'node-2', host: '127.0.0.1', port: '44000' },
          ],
        },
      ],
    });
    expect(
      read(conf`
        [STREAM_TASK]
            Name  results
            Exec  CREATE STREAM results AS SELECT * FROM TAG:'apache.*';
      `).data,
    ).toEqual({ stream_processor: [{ name: 'results', exec: "CREATE STREAM results AS SELECT * FROM TAG:'apache.*';" }] });
    expect(
      read(conf`
        [PLUGINS]
            Path /path/to/out_gstdout.so
            Path /path/to/in_gstdin.so
      `).data,
    ).toEqual({ plugins: ['/path/to/out_gstdout.so', '/path/to/in_gstdin.so'] });
  });

  it('accepts tabs, CRLF line ends, comments at the key indentation and blank lines holding the indentation', () => {
    const tabs = read('[INPUT]\n\tName cpu\n\t# a comment\n\t\n\tTag  cpu.local\n');
    expect(tabs.problems).toEqual([]);
    expect(tabs.data).toEqual({ pipeline: { inputs: [{ name: 'cpu', tag: 'cpu.local' }] } });
    const crlf = read('[INPUT]\r\n    Name cpu\r\n    Tag  x\r\n');
    expect(crlf.problems).toEqual([]);
    expect(crlf.data).toEqual({ pipeline: { inputs: [{ name: 'cpu', tag: 'x' }] } });
    expect(crlf.at(['pipeline', 'inputs', 0, 'tag'])).toBe('x');
  });

  it('lets a blank line set the indentation when it comes first, as Fluent Bit does (and then twice it is a group level)', () => {
    const { data, problems } = read('[INPUT]\n  \n    Name cpu\n');
    expect(problems).toEqual([]);
    expect(data).toEqual({ pipeline: { inputs: [{ name: 'cpu' }] } });
  });

  it('reads no other `.conf` file (nginx, systemd drop-ins, php-fpm pools)', () => {
    for (const text of [
      'server {\n    listen 80;\n    location / { proxy_pass http://app; }\n}\n',
      '[Service]\nEnvironment=FOO=bar\nExecStart=/usr/bin/app\n',
      '[www]\nuser = www-data\npm = dynamic\n',
      '[mysqld]\nport = 3306\n',
    ]) {
      expect(looksClassic(text)).toBe(false);
      expect(parseClassic(text)).toEqual({ documents: [], problems: [] });
    }
  });
});

interface Refusal {
  name: string;
  text: string;
  /** The text each problem marks (unique in the text), and its message. */
  problems: { at: string; message: string }[];
}

const REFUSALS: Refusal[] = [
  {
    name: 'a key without a value (Fluent Bit issue 5880, tests/internal/data/config_format/classic/issue_5880.conf)',
    text: '[INPUT]\n    Name dummy\n    Tag dummy\n\n[FILTER]\n    Name modify\n    Match *\n    ADD foo bar\n    ADD\n\n[OUTPUT]\n    Name stdout\n    Match *\n    Format\n',
    problems: [
      { at: 'ADD\n', message: '`ADD` has no value; Fluent Bit refuses a key line without one.' },
      { at: 'Format', message: '`Format` has no value; Fluent Bit refuses a key line without one.' },
    ],
  },
  {
    name: 'a section indented unlike the first (tests/internal/data/config_format/classic/indent_level_error.conf)',
    text: '[INPUT]\n    Name dummy\n\n[OUTPUT]\n      Name stdout\n      Match *\n',
    problems: [
      { at: 'Name stdout', message: "This line is indented with 6 spaces, neither the file's key indentation (4 spaces) nor twice it (a group's); Fluent Bit refuses it." },
      { at: 'Match *', message: "This line is indented with 6 spaces, neither the file's key indentation (4 spaces) nor twice it (a group's); Fluent Bit refuses it." },
    ],
  },
  {
    name: 'a line indented less than the file’s keys',
    text: '[INPUT]\n    Name dummy\n  Tag x\n',
    problems: [{ at: 'Tag x', message: "This line is indented with 2 spaces, less than the file's key lines (4 spaces); Fluent Bit refuses it." }],
  },
  {
    name: 'a tab where the file indents with spaces',
    text: '[INPUT]\n    Name dummy\n\tTag x\n',
    problems: [{ at: 'Tag x', message: "This line is indented with 1 tab, the file's key lines with 4 spaces: Fluent Bit refuses tabs and spaces mixed differently." }],
  },
  {
    name: 'a blank line holding fewer blanks than the indentation',
    text: '[INPUT]\n    Name dummy\n  \n    Tag x\n',
    problems: [{ at: '  \n    Tag', message: "This blank line holds 2 spaces, fewer than the 4 spaces the file's key lines are indented with; Fluent Bit refuses it." }],
  },
  {
    name: 'a key before any section',
    text: '    Name dummy\n[INPUT]\n    Name cpu\n',
    problems: [{ at: 'Name dummy', message: '`Name dummy` comes before any section header; Fluent Bit refuses a key outside a section.' }],
  },
  {
    name: 'a header without its closing bracket',
    text: '[INPUT\n    Name cpu\n[OUTPUT]\n    Name stdout\n',
    problems: [{ at: '[INPUT\n', message: 'Section header `[INPUT` has no closing `]`; Fluent Bit refuses the file.' }],
  },
  {
    name: 'keys that are not indented',
    text: '[INPUT]\nName cpu\nTag cpu.local\n',
    problems: [
      { at: 'Name cpu', message: '`Name cpu` is not indented, so Fluent Bit does not read it as a key of a section: it takes its first character for indentation.' },
      { at: 'Tag cpu.local', message: '`Tag cpu.local` is not indented, so Fluent Bit does not read it as a key of a section: it takes its first character for indentation.' },
    ],
  },
  {
    name: 'an indented section header',
    text: '[INPUT]\n    Name cpu\n    [OUTPUT]\n    Name stdout\n',
    problems: [{ at: '[OUTPUT]', message: '`[OUTPUT]` is indented, so Fluent Bit does not read it as a section header, and refuses the line.' }],
  },
  {
    name: 'an indented section header with a comment after it, which Fluent Bit reads as a group',
    text: '[INPUT]\n    Name cpu\n    [OUTPUT] # stdout\n    Name stdout\n',
    problems: [{ at: '[OUTPUT]', message: '`[OUTPUT]` is indented, so Fluent Bit reads it as a group of the section above, not as a section of its own.' }],
  },
  {
    name: 'a tab between key and value',
    text: '[INPUT]\n    Name\tcpu\n',
    problems: [
      {
        at: 'Name\tcpu',
        message: '`Name\\tcpu` separates the key from its value with a tab; Fluent Bit splits a key line only at a space, finds no value, and refuses the file.',
      },
    ],
  },
  {
    name: 'a value of blanks only',
    text: '[INPUT]\n    Name cpu\n    Tag   \n',
    problems: [{ at: 'Tag   ', message: '`Tag` has no value; Fluent Bit refuses a key line without one.' }],
  },
  {
    name: '@ commands Fluent Bit refuses or ignores',
    text: '@SET\n@SET FOO\n@DEFINE X=1\n@INCLUDE inputs.conf \n[INPUT]\n    Name cpu\n',
    problems: [
      { at: '@SET\n', message: '`@SET` has no argument; Fluent Bit refuses the file.' },
      { at: '@SET FOO', message: '`@SET FOO` has no `=`; Fluent Bit ignores it, so no variable is set.' },
      { at: '@DEFINE', message: '`@DEFINE` is not a command Fluent Bit knows; it ignores the line.' },
      {
        at: 'inputs.conf ',
        message: '`@INCLUDE` names `inputs.conf `, blanks included: Fluent Bit looks for a file with exactly that name, and refuses to start when there is none.',
      },
    ],
  },
  {
    name: 'groups Fluent Bit refuses',
    // A group ends at the next line indented once; only a group header indented twice follows an empty group.
    text: '    [EARLY] x\n[INPUT]\n    Name cpu\n    [A] x\n        [B] y\n        key v\n    [C\n',
    problems: [
      { at: '[EARLY]', message: 'Group `[EARLY]` comes before any section header; Fluent Bit refuses it.' },
      { at: '[B]', message: 'Group `[A]` has no keys before the next group starts; Fluent Bit refuses that.' },
      { at: '[C', message: '`[C` has no value; Fluent Bit refuses a key line without one.' },
    ],
  },
];

describe('the classic format: what Fluent Bit refuses to read', () => {
  it.each(REFUSALS)('$name', ({ text, problems }) => {
    const parsed = parseClassic(text);
    expect(parsed.problems.map((p) => ({ rule: p.rule, marked: text.slice(p.start, p.end), start: p.start, message: p.message }))).toEqual(
      problems.map(({ at, message }) => {
        expect(text.indexOf(at, text.indexOf(at) + 1), `\`${at}\` must appear once`).toBe(-1);
        return { rule: 'fluent-bit-syntax', marked: at.replace(/\n.*$/s, ''), start: text.indexOf(at), message };
      }),
    );
    for (const problem of parsed.problems) expect(problem.help).toMatch(/\S/);
  });
});
