import { describe, it, expect } from 'vitest';
import { formatSarif } from '../../src/report/sarif.js';
import type { Finding } from '../../src/core/findings.js';
import { finding } from './helpers.js';

const rules = [
  { id: 'alert-runbook', summary: 'Every alert links a runbook.', defaultSeverity: 'warning' as const },
  { id: 'yaml-syntax', summary: 'Every file parses as YAML.', defaultSeverity: 'error' as const },
  { id: 'promql-style', summary: 'PromQL reads well.', defaultSeverity: 'notice' as const },
];

interface Result {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
}

function run(findings: readonly Finding[], maxResults?: number) {
  const log = JSON.parse(formatSarif(findings, { rules, toolVersion: '1.2.3', maxResults }));
  return log.runs[0] as { invocations: unknown[]; results: Result[] };
}

describe('formatSarif', () => {
  it('writes a SARIF 2.1.0 log', () => {
    const findings = [
      {
        ...finding('rules/my alerts#1.yaml', 3, 5, 'warning', 'alert-runbook', 'Alert "X" has no runbook.', {
          width: 7,
          help: 'Add annotations.runbook_url.',
        }),
        fingerprint: 'aaaaaaaaaaaaaaaa',
      },
      { ...finding('rules/a.yaml', 7, 1, 'error', 'yaml-syntax', 'Bad indentation.', { end: [8, 2] }), fingerprint: 'bbbbbbbbbbbbbbbb' },
    ];
    expect(formatSarif(findings, { rules, toolVersion: '1.2.3' })).toBe(`{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "obslint",
          "version": "1.2.3",
          "informationUri": "https://github.com/obslint/obslint",
          "rules": [
            {
              "id": "alert-runbook",
              "name": "alert-runbook",
              "shortDescription": {
                "text": "Every alert links a runbook."
              },
              "helpUri": "https://github.com/obslint/obslint/blob/main/docs/rules/alert-runbook.md",
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "yaml-syntax",
              "name": "yaml-syntax",
              "shortDescription": {
                "text": "Every file parses as YAML."
              },
              "helpUri": "https://github.com/obslint/obslint/blob/main/docs/rules/yaml-syntax.md",
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "promql-style",
              "name": "promql-style",
              "shortDescription": {
                "text": "PromQL reads well."
              },
              "helpUri": "https://github.com/obslint/obslint/blob/main/docs/rules/promql-style.md",
              "defaultConfiguration": {
                "level": "note"
              }
            }
          ]
        }
      },
      "invocations": [
        {
          "executionSuccessful": true
        }
      ],
      "results": [
        {
          "ruleId": "yaml-syntax",
          "ruleIndex": 1,
          "level": "error",
          "message": {
            "text": "Bad indentation."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "rules/a.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 7,
                  "startColumn": 1,
                  "endLine": 8,
                  "endColumn": 2
                }
              }
            }
          ],
          "partialFingerprints": {
            "obslint/v2": "bbbbbbbbbbbbbbbb"
          }
        },
        {
          "ruleId": "alert-runbook",
          "ruleIndex": 0,
          "level": "warning",
          "message": {
            "text": "Alert \\"X\\" has no runbook. Add annotations.runbook_url."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "rules/my%20alerts%231.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 3,
                  "startColumn": 5,
                  "endLine": 3,
                  "endColumn": 12
                }
              }
            }
          ],
          "partialFingerprints": {
            "obslint/v2": "aaaaaaaaaaaaaaaa"
          }
        }
      ]
    }
  ]
}
`);
  });

  it('keeps the most severe results when over maxResults, and says how many were left out', () => {
    const findings = [
      finding('a.yaml', 1, 1, 'notice', 'promql-style', 'n1'),
      finding('a.yaml', 2, 1, 'warning', 'alert-runbook', 'w1'),
      finding('b.yaml', 1, 1, 'warning', 'alert-runbook', 'w2'),
      finding('c.yaml', 1, 1, 'warning', 'alert-runbook', 'w3'),
      finding('d.yaml', 1, 1, 'error', 'yaml-syntax', 'e1'),
    ];
    const result = run(findings, 3);
    // Ties are broken by compareFindings order, and the output stays in that order.
    expect(result.results.map((r) => r.message.text)).toEqual(['w1', 'w2', 'e1']);
    expect(result.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'warning',
            message: {
              text:
                '2 more findings were left out: GitHub code scanning takes at most 3 results per run, ' +
                'so the most severe were kept (left out: 0 errors, 1 warning, 1 notice).',
            },
          },
        ],
      },
    ]);
  });

  it('says "finding was" for one left out, and keeps everything at exactly maxResults', () => {
    const three = [1, 2, 3].map((line) => finding('a.yaml', line, 1, 'error', 'yaml-syntax', `e${line}`));
    expect(run(three, 3).invocations).toEqual([{ executionSuccessful: true }]);
    const four = [...three, finding('a.yaml', 4, 1, 'notice', 'promql-style', 'n')];
    const notifications = (run(four, 3).invocations[0] as { toolExecutionNotifications: { message: { text: string } }[] })
      .toolExecutionNotifications;
    expect(notifications[0].message.text).toMatch(/^1 more finding was left out: /);
  });

  it('caps at 25,000 results by default', () => {
    const many = Array.from({ length: 25001 }, (_, i) => finding('a.yaml', i + 1, 1, 'notice', 'promql-style', 'n'));
    expect(run(many).results).toHaveLength(25000);
  });

  it('leaves out ruleIndex for a rule it was not given, and the end when it is before the start', () => {
    const [result] = run([finding('a.yaml', 9, 3, 'notice', 'custom', 'm', { end: [9, 1] })]).results;
    expect(result.ruleId).toBe('custom');
    expect(result).not.toHaveProperty('ruleIndex');
    expect(result.level).toBe('note');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 9, startColumn: 3 });
  });

  it('uses forward slashes and escapes each path segment', () => {
    const [result] = run([finding('dir\\sub dir\\a,b?.yaml', 1, 1, 'error', 'yaml-syntax', 'm')]).results;
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('dir/sub%20dir/a%2Cb%3F.yaml');
  });

  it("carries each finding's fingerprint (made in the findings layer, see test/engine/fingerprint.test.ts)", () => {
    const f = { ...finding('a.yaml', 3, 1, 'error', 'yaml-syntax', 'm'), fingerprint: '0123456789abcdef:2' };
    expect(run([f]).results[0].partialFingerprints).toEqual({ 'obslint/v2': '0123456789abcdef:2' });
  });
});
