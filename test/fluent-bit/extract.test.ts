import { growth } from '../growth.js';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/load.js';
import { locate } from '../../src/core/locate.js';
import { LineIndex } from '../../src/core/source.js';
import { parseClassic } from '../../src/fluent-bit/classic.js';
import { extractPipeline, type FluentBitPipeline } from '../../src/fluent-bit/extract.js';
import { emptyModel } from '../../src/kinds/types.js';
import { yaml } from '../rule-tester.js';

async function pipelineOf(text: string, format: 'conf' | 'yaml') {
  const parsed = format === 'conf' ? parseClassic(text) : await parseYaml(text);
  expect(parsed.problems).toEqual([]);
  const [document] = parsed.documents;
  const model = emptyModel();
  extractPipeline('fluent-bit', document.value, 0, model);
  expect(model.pipelines).toHaveLength(1);
  const pipeline = model.pipelines[0] as FluentBitPipeline;
  const lines = new LineIndex(text);
  /** The text a site points at. */
  const at = (site: { path: readonly (string | number)[] }) => {
    const span = locate(document.root, lines, site.path);
    return text.slice(span.start, span.end);
  };
  return {
    pipeline,
    components: pipeline.components.map((c) => `${c.role} ${c.id} (${c.type})`),
    references: pipeline.references.map((r) => `${r.from} -> ${r.target} [${r.roles.join(',')}] at \`${at(r.site)}\``),
    at,
  };
}

describe('Fluent Bit configs as the pipeline model', () => {
  it('resolves Match patterns against input tags, tail tags known only as patterns included', async () => {
    const { pipeline, components, references, at } = await pipelineOf(
      [
        '[INPUT]',
        '    Name tail',
        '    Tag  kube.*',
        '    Path /var/log/containers/*.log',
        '[INPUT]',
        '    Name dummy',
        '[FILTER]',
        '    Name  kubernetes',
        '    Match kube.*',
        '[FILTER]',
        '    Name  grep',
        '[OUTPUT]',
        '    Name  es',
        '    Match kube.var.log.containers.app-*',
        '[OUTPUT]',
        '    Name  stdout',
        '    Match dummy.*',
        '[OUTPUT]',
        '    Name  null',
        '    Match mem.*',
        '',
      ].join('\n'),
      'conf',
    );
    expect(components).toEqual([
      'source input:tail.0 (tail)',
      'source input:dummy.1 (dummy)',
      'processor filter:kubernetes.0 (kubernetes)',
      'processor filter:grep.1 (grep)',
      'sink output:es.0 (es)',
      'sink output:stdout.1 (stdout)',
      'sink output:null.2 (null)',
    ]);
    expect(references).toEqual([
      'filter:kubernetes.0 -> input:tail.0 [source] at `kube.*`',
      'output:es.0 -> input:tail.0 [source] at `kube.var.log.containers.app-*`',
      // An input without Tag is tagged with its instance name.
      'output:stdout.1 -> input:dummy.1 [source] at `dummy.*`',
      // Nothing carries a `mem.` tag: the target is the pattern itself, which no component has.
      'output:null.2 -> mem.* [source] at `mem.*`',
    ]);
    expect(pipeline.components[0].settings).toEqual({ name: 'tail', tag: 'kube.*', path: '/var/log/containers/*.log' });
    expect(at(pipeline.components[4].site)).toBe('[OUTPUT]');
    expect(pipeline).toMatchObject({ kind: 'fluent-bit', pipelines: [], acyclic: true, includes: [], partial: false });
  });

  it('makes the emitter of rewrite_tag a source, so a filter matching its own new tags is a visible loop', async () => {
    const { components, references } = await pipelineOf(
      yaml`
        pipeline:
          inputs:
            - name: dummy
              tag: app
          filters:
            - name: rewrite_tag
              match: "*"
              rule: $level ^error$ errors.$TAG false
            - name: log_to_metrics
              alias: counter
              match: app
              tag: metrics.app
              metric_mode: counter
              metric_name: records
              metric_description: records
          outputs:
            - name: stdout
              match: errors.*
            - name: prometheus_exporter
              match: metrics.*
      `,
      'yaml',
    );
    expect(components).toEqual([
      'source input:dummy.0 (dummy)',
      'processor filter:rewrite_tag.0 (rewrite_tag)',
      'processor filter:counter (log_to_metrics)',
      'sink output:stdout.0 (stdout)',
      'sink output:prometheus_exporter.1 (prometheus_exporter)',
      'source input:emitter_for_rewrite_tag.0 (emitter)',
      'source input:emitter_for_counter (emitter)',
    ]);
    expect(references).toEqual([
      'input:emitter_for_rewrite_tag.0 -> filter:rewrite_tag.0 [processor] at `name: rewrite_tag`',
      'input:emitter_for_counter -> filter:counter [processor] at `name: log_to_metrics`',
      'filter:rewrite_tag.0 -> input:dummy.0 [source] at `"*"`',
      'filter:rewrite_tag.0 -> input:emitter_for_rewrite_tag.0 [source] at `"*"`',
      'filter:rewrite_tag.0 -> input:emitter_for_counter [source] at `"*"`',
      'filter:counter -> input:dummy.0 [source] at `app`',
      'output:stdout.0 -> input:emitter_for_rewrite_tag.0 [source] at `errors.*`',
      'output:prometheus_exporter.1 -> input:emitter_for_counter [source] at `metrics.*`',
    ]);
  });

  it('routes everything to the only output when there is one input and it has no Match (flb_router_io_set)', async () => {
    const one = await pipelineOf('[INPUT]\n    Name cpu\n[OUTPUT]\n    Name stdout\n', 'conf');
    expect(one.references).toEqual(['output:stdout.0 -> input:cpu.0 [source] at `[OUTPUT]`']);
    const two = await pipelineOf('[INPUT]\n    Name cpu\n[OUTPUT]\n    Name stdout\n[OUTPUT]\n    Name null\n    Match *\n', 'conf');
    expect(two.references).toEqual(['output:null.1 -> input:cpu.0 [source] at `*`']);
  });

  it('takes tags from variables the config sets, from the data for the inputs that do, and tries Match_Regex', async () => {
    const { references } = await pipelineOf(
      [
        '@SET APP=web',
        '[INPUT]',
        '    Name dummy',
        '    Tag  ${APP}.logs',
        '[INPUT]',
        '    Name       forward',
        '    Tag_Prefix fw.',
        '[INPUT]',
        '    Name cpu',
        '    Tag  ${HOST}.cpu',
        '[OUTPUT]',
        '    Name  stdout',
        '    Match web.*',
        '[OUTPUT]',
        '    Name        null',
        '    Match_Regex ^(fw|other)\\.',
        '[OUTPUT]',
        '    Name  file',
        '    Match node-1.cpu',
        '',
      ].join('\n'),
      'conf',
    );
    // HOST comes from the environment, so cpu's tag may be anything ending in `.cpu`: `web.cpu`
    // for one, and a regex cannot be ruled out against it.
    expect(references).toEqual([
      'output:stdout.0 -> input:dummy.0 [source] at `web.*`',
      'output:stdout.0 -> input:cpu.2 [source] at `web.*`',
      'output:null.1 -> input:forward.1 [source] at `^(fw|other)\\.`',
      'output:null.1 -> input:cpu.2 [source] at `^(fw|other)\\.`',
      'output:file.2 -> input:cpu.2 [source] at `node-1.cpu`',
    ]);
  });

  it("links an input's routes to the outputs they name: by alias, instance name, plugin name or fallback", async () => {
    const { references } = await pipelineOf(
      yaml`
        pipeline:
          inputs:
            - name: opentelemetry
              routes:
                logs:
                  - name: errors
                    condition:
                      default: true
                    to:
                      outputs:
                        - name: loki_out
                        - file.1
                        - stdout
                        - name: missing
                          fallback: loki_out
                        - name: nowhere
          outputs:
            - name: loki
              alias: loki_out
              match: nothing
            - name: file
              match: nothing
            - name: stdout
              match: nothing
      `,
      'yaml',
    );
    expect(references.filter((r) => r.startsWith('input:'))).toEqual([
      'input:opentelemetry.0 -> output:loki_out [sink] at `loki_out`',
      'input:opentelemetry.0 -> output:file.1 [sink] at `file.1`',
      'input:opentelemetry.0 -> output:stdout.2 [sink] at `stdout`',
      'input:opentelemetry.0 -> output:loki_out [sink] at `loki_out`',
      'input:opentelemetry.0 -> nowhere [sink] at `nowhere`',
    ]);
  });

  it('records included files, customs as extensions, and whether the file is a part of a split config', async () => {
    const main = await pipelineOf('@INCLUDE inputs.conf\n@INCLUDE outputs/*.conf\n[SERVICE]\n    Flush 1\n[CUSTOM]\n    Name calyptia\n', 'conf');
    expect(main.components).toEqual(['extension custom:calyptia.0 (calyptia)']);
    expect(main.pipeline.includes.map((i) => `${i.file} at \`${main.at(i.site)}\``)).toEqual(['inputs.conf at `inputs.conf`', 'outputs/*.conf at `outputs/*.conf`']);
    expect(main.pipeline.partial).toBe(true);
    const part = await pipelineOf('[OUTPUT]\n    Name  es\n    Match kube.*\n', 'conf');
    expect(part.pipeline.partial).toBe(true);
    const whole = await pipelineOf('pipeline:\n  inputs:\n    - name: cpu\n  outputs:\n    - name: stdout\n      match: "*"\n', 'yaml');
    expect(whole.pipeline.partial).toBe(false);
  });
});

describe('a hostile Fluent Bit config', () => {
  it('stops adding references past 100,000 (every output matching every input) and says the model is partial', async () => {
    const sections = [
      ...Array.from({ length: 400 }, (_, i) => `[INPUT]\n    Name dummy\n    Tag  t${i}\n`),
      ...Array.from({ length: 400 }, () => '[OUTPUT]\n    Name  null\n    Match *\n'),
    ];
    const parsed = parseClassic(sections.join(''));
    const model = emptyModel();
    extractPipeline('fluent-bit', parsed.documents[0].value, 0, model);
    const pipeline = model.pipelines[0] as FluentBitPipeline;
    expect(pipeline.references).toHaveLength(100_000);
    expect(pipeline.partial).toBe(true);
  });

  it('reads the classic format in linear time', () => {
    const text = (n: number) => Array.from({ length: n }, (_, i) => `[INPUT]\n    Name tail\n    Tag  app${i}.*\n    Path /var/log/${i}/*.log\n`).join('');
    // 20 times the text; room for garbage collection, not for a quadratic step (400 times).
    expect(growth(text(500), text(10_000), parseClassic)).toBeLessThan(80);
  });
});
