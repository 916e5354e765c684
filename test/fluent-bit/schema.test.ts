import { ruleTester, yaml } from '../rule-tester.js';

/**
 * The `schema` findings of Fluent Bit configs: the shape Fluent Bit's YAML reader accepts, and
 * what its loader refuses at start (checkStructure). Classic cases are linted as `.conf`.
 */

ruleTester('schema', {
  valid: [
    {
      name: 'a YAML config with every section',
      file: 'fluent-bit.yaml',
      code: yaml`
        env:
          flush_interval: 1
        service:
          flush: \${flush_interval}
          log_level: info
          http_server: on
          telemetry:
            metrics:
              logs:
                tag_records: true
        parsers:
          - name: docker
            format: json
            time_key: time
            time_format: "%Y-%m-%dT%H:%M:%S.%L"
        multiline_parsers:
          - name: exception
            type: regex
            rules:
              - state: start_state
                regex: "/^[A-Z]/"
                next_state: cont
              - state: cont
                regex: "/^\\s+at/"
                next_state: cont
        pipeline:
          inputs:
            - name: tail
              path: /var/log/*.log
              parser: docker
              multiline.parser: exception, java
              readFromHead: true
              mem_buf_limit: 5MB
              processors:
                logs:
                  - name: record_modifier
                    record: [a b]
                  - name: content_modifier
                    action: insert
                    key: k
                    value: v
              routes:
                logs:
                  - name: all
                    condition:
                      default: true
                    to:
                      outputs: [out]
          filters:
            - name: rewrite_tag
              match: kube.*
              rule:
                - $level ^error$ errors.$TAG false
                - $level ^warn$ warn.$TAG false
            - name: parser
              match: "*"
              key_name: log
              parser: docker
          outputs:
            - name: null
              alias: out
              match: "*"
            - name: gstdout
              match: "*"
              anything: goes
      `,
    },
    {
      name: 'a classic config, with variables left to the environment',
      file: 'fluent-bit.conf',
      code: '[SERVICE]\n    Flush        1\n    Log_Level    ${LOG_LEVEL}\n    Parsers_File parsers.conf\n\n[INPUT]\n    Name          tail\n    Path          /var/log/containers/*.log\n    Parser        docker\n    Tag           kube.*\n    Mem_Buf_Limit 5MB\n    Read_From_Head ${FROM_HEAD}\n\n[OUTPUT]\n    Name  es\n    Match *\n    Retry_Limit False\n',
    },
    {
      name: 'a parsers file (its parsers need no other file)',
      file: 'parsers.conf',
      code: '[PARSER]\n    Name   apache\n    Format regex\n    Regex  ^(?<host>[^ ]*) .*$\n    Time_Key time\n    Time_Format %d/%b/%Y:%H:%M:%S %z\n\n[MULTILINE_PARSER]\n    name  multiline-regex-test\n    type  regex\n    rule  "start_state"   "/(Dec \\d+)(.*)/"  "cont"\n    rule  "cont"          "/^\\s+at.*/"       "cont"\n',
    },
  ],
  invalid: [
    {
      name: 'an input without a plugin, and one with an empty name',
      file: 'fluent-bit.yaml',
      code: yaml`
        pipeline:
          inputs:
            - tag: a
            - name: ""
              tag: b
      `,
      errors: [
        { line: 3, column: 7, message: 'This input has no `name`; Fluent Bit refuses to start without the plugin to run.' },
        { line: 4, column: 13, message: "This input's `name` is empty; Fluent Bit refuses to start without the plugin to run." },
      ],
    },
    {
      name: 'a property the plugin does not have, with the closest one suggested',
      file: 'fluent-bit.yaml',
      code: yaml`
        pipeline:
          inputs:
            - name: tail
              path: /var/log/a.log
              Read_From_Hed: true
      `,
      errors: [{ line: 5, column: 7, endColumn: 20, message: 'The tail input has no property `Read_From_Hed`; Fluent Bit refuses to start.' }],
    },
    {
      name: 'values Fluent Bit cannot read: booleans, sizes, log levels, storage types',
      file: 'fluent-bit.conf',
      code: '[SERVICE]\n    Log_Level   verbose\n    HTTP_Server Of\n[INPUT]\n    Name           tail\n    Path           /var/log/a.log\n    Read_From_Head ture\n    Mem_Buf_Limit  5 MB\n    storage.type   disk\n    Log_Level      loud\n',
      errors: [
        { line: 2, column: 17, message: '`verbose` is not a log level; Fluent Bit refuses it (use `off`, `error`, `warn`, `warning`, `info`, `debug`, `trace`).' },
        { line: 3, column: 17, message: '`Of` is not on or off, so Fluent Bit cannot read `http_server`; write `on`, `off`, `true`, `false`, `yes` or `no`.' },
        { line: 7, column: 20, message: '`ture` is not on or off; Fluent Bit refuses `read_from_head` unless it is `on`, `off`, `true`, `false`, `yes` or `no`.' },
        { line: 8, column: 20, message: '`5 MB` is not a size; Fluent Bit refuses `mem_buf_limit` unless it is a number with an optional K, M or G (and B).' },
        { line: 9, column: 20, message: '`disk` is not a storage type; Fluent Bit refuses it (use `memory`, `filesystem` or `memrb`).' },
        { line: 10, column: 20, message: '`loud` is not a log level; Fluent Bit refuses it (use `off`, `error`, `warn`, `warning`, `info`, `debug`, `trace`).' },
      ],
    },
    {
      name: 'a property given twice that the plugin takes once, in both formats',
      file: 'fluent-bit.conf',
      code: '[OUTPUT]\n    Name            kafka-rest\n    Match           *\n    Tag_Key         _fluent-tag\n    Include_Tag_Key On\n    Tag_Key         My_Tag_Key\n',
      errors: [{ line: 4, column: 5, message: '`tag_key` is given 2 times, but kafka-rest takes it once; Fluent Bit refuses the config.' }],
    },
    {
      name: 'a YAML list for a property the plugin takes once',
      file: 'fluent-bit.yaml',
      code: yaml`
        pipeline:
          inputs:
            - name: tail
              path: [/var/log/a.log, /var/log/b.log]
      `,
      errors: [{ line: 4, column: 7, message: '`path` is given 2 times, but tail takes it once; Fluent Bit refuses the config.' }],
    },
    {
      name: 'a rewrite_tag rule with fewer than its four values',
      file: 'fluent-bit.conf',
      code: '[FILTER]\n    Name  rewrite_tag\n    Match app.*\n    Rule  $level ^error$ errors.$TAG\n',
      errors: [{ line: 4, column: 11, message: '`rule` takes 4 values separated by spaces; `$level ^error$ errors.$TAG` has fewer, so Fluent Bit refuses it.' }],
    },
    {
      name: 'parsers without what they need, and a name used twice',
      file: 'parsers.yaml',
      code: yaml`
        parsers:
          - name: a
          - name: b
            format: xml
          - name: c
            format: regex
          - name: d
            format: json
            time_zone: Europe/Paris
          - name: e
            format: json
          - name: E
            format: json
          - name: e
            format: logfmt
      `,
      errors: [
        { line: 2, column: 5, message: 'This parser has no `format`; Fluent Bit refuses it.' },
        { line: 4, column: 13, message: '`xml` is not a parser format; Fluent Bit refuses it (use `regex`, `json`, `ltsv` or `logfmt`).' },
        { line: 5, column: 5, message: 'This parser has format `regex` but no `regex`; Fluent Bit refuses it.' },
        { line: 9, column: 5, message: '`time_zone` needs a `time_format`; Fluent Bit refuses a parser with one and not the other.' },
        { line: 14, column: 11, message: 'Parser `e` is already defined above; Fluent Bit refuses a second parser of the same name.' },
      ],
    },
    {
      name: 'multiline parsers Fluent Bit refuses',
      file: 'parsers_multiline.conf',
      code: '[MULTILINE_PARSER]\n    name  a\n    type  regexp\n[MULTILINE_PARSER]\n    name  b\n    type  regex\n    rule  "cont"  "/^\\s+at/"  "cont"\n[MULTILINE_PARSER]\n    name  c\n    type  regex\n    rule  "start_state"  "/^E/"  "next"\n',
      errors: [
        { line: 3, column: 11, message: '`regexp` is not a multiline parser type; Fluent Bit refuses it (use `regex`, `endswith` or `equal`).' },
        { line: 7, column: 11, message: 'The first rule does not start from `start_state`; Fluent Bit refuses the parser.' },
        { line: 11, column: 11, message: 'No rule starts from state `next`, which this rule goes to; Fluent Bit refuses the parser.' },
      ],
    },
    {
      name: 'a stream task and an upstream server without what they need',
      file: 'fluent-bit.yaml',
      code: yaml`
        service:
          flush: 1
        stream_processor:
          - name: results
        upstream_servers:
          - nodes:
              - name: node-1
                host: 127.0.0.1
                port: 43000
      `,
      errors: [
        { line: 4, column: 5, message: 'This stream task has no `exec`; Fluent Bit refuses it.' },
        { line: 6, column: 5, message: 'This upstream server has no `name`; Fluent Bit refuses it.' },
      ],
    },
    {
      name: 'a parser named but defined nowhere, in a config that reads no parsers file',
      file: 'fluent-bit.yaml',
      code: yaml`
        parsers:
          - name: json
            format: json
        pipeline:
          inputs:
            - name: tail
              path: /var/log/a.log
              parser: docker
              multiline.parser: java, exception
          filters:
            - name: parser
              match: "*"
              key_name: log
              parser: [json, nginx]
      `,
      errors: [
        { line: 8, column: 15, message: 'Parser `docker` is not defined: this config has no `parsers_file`, includes no file, and does not define it, so Fluent Bit cannot find it.' },
        {
          line: 9,
          column: 25,
          message: 'Multiline parser `exception` is not defined: this config has no `parsers_file`, includes no file, and does not define it, so Fluent Bit cannot find it.',
        },
        { line: 14, column: 22, message: 'Parser `nginx` is not defined: this config has no `parsers_file`, includes no file, and does not define it, so Fluent Bit cannot find it.' },
      ],
    },
    {
      name: 'sections Fluent Bit does not know, which it ignores',
      file: 'fluent-bit.conf',
      code: '[INPTU]\n    Name cpu\n[OUTPUT]\n    Name stdout\n    Match *\n',
      errors: [{ line: 1, column: 1, endColumn: 8, message: 'Fluent Bit has no `[INPTU]` section; it ignores it and everything in it.' }],
    },
    {
      name: 'a YAML section Fluent Bit does not know',
      file: 'fluent-bit.yaml',
      code: yaml`
        servce:
          flush: 1
        pipeline:
          inputs:
            - name: cpu
      `,
      errors: [{ line: 1, column: 1, message: 'Fluent Bit has no `servce` section; it ignores it and everything in it.' }],
    },
    {
      name: 'parsers in a classic main config',
      file: 'fluent-bit.conf',
      code: '[SERVICE]\n    Flush 1\n[PARSER]\n    Name   json\n    Format json\n[INPUT]\n    Name cpu\n',
      errors: [
        {
          line: 3,
          column: 1,
          message: 'Fluent Bit refuses `[PARSER]` and `[MULTILINE_PARSER]` sections in a file with service or pipeline sections.',
        },
      ],
    },
    {
      name: 'the old YAML shape, with plugins as keys',
      file: 'fluent-bit.yaml',
      code: yaml`
        pipeline:
          inputs:
            tail:
              path: ./test.log
          outputs:
            stdout:
              match: "*"
      `,
      errors: [
        { line: 3, column: 5, message: '`inputs` must be a list of plugin sections (`- name: ...`), as Fluent Bit reads them.' },
        { line: 6, column: 5, message: '`outputs` must be a list of plugin sections (`- name: ...`), as Fluent Bit reads them.' },
      ],
    },
    {
      name: 'shapes the YAML reader refuses',
      file: 'fluent-bit.yaml',
      code: yaml`
        env:
          nested:
            a: b
        service:
          telemetry: on
        pipeline:
          customs:
            - name: calyptia
          inputs:
            - name: dummy
              tag: [a, b]
              group:
                key: value
              processors:
                spans:
                  - name: sampling
      `,
      errors: [
        { line: 5, column: 14, message: '`telemetry` must be a block of settings: Fluent Bit takes `telemetry` only as a nested block.' },
        { line: 7, column: 3, message: 'Unknown key `customs` in `pipeline`. Allowed here: `inputs`, `filters`, `outputs`.' },
        { line: 13, column: 9, message: '`group` must be a value or a list of values: Fluent Bit does not take a nested block here.' },
        { line: 15, column: 9, message: 'Unknown key `spans` in `processors`. Allowed here: `logs`, `metrics`, `traces`.' },
        // The schema checks sections in its own order: `env` after `pipeline`.
        { line: 3, column: 5, message: '`nested` must be a single value: Fluent Bit refuses a list or block in `env`.' },
      ],
    },
  ],
});
