import { ruleTester, yaml } from '../rule-tester.js';

/**
 * The checks themselves are tabled in test/alertmanager/; these cases show the rule places
 * them in files: plain configs, and configs inside a Kubernetes Secret.
 */
const receivers = `receivers:\n  - name: default\n    webhook_configs:\n      - url: https://alerts.acme.dev/hook\n`;

ruleTester('alertmanager-config', {
  valid: [
    { name: 'a minimal config', code: `route:\n  receiver: default\n${receivers}`, file: 'alertmanager.yml' },
    {
      name: 'in a Secret, with every receiver defined',
      file: 'secret.yaml',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: { name: alertmanager-main }
        stringData:
          alertmanager.yaml: |
            route:
              receiver: default
            receivers:
              - name: default
                webhook_configs:
                  - url: https://alerts.acme.dev/hook
      `,
    },
  ],
  invalid: [
    {
      name: 'a route to a receiver that does not exist',
      file: 'alertmanager.yml',
      code: `route:\n  receiver: default\n  routes:\n    - receiver: pager\n${receivers}`,
      errors: [{ line: 4, column: 17, endColumn: 22, message: 'No receiver is named `pager`.' }],
    },
    {
      name: 'a matcher that does not parse: inside the string',
      file: 'alertmanager.yml',
      code: `route:\n  receiver: default\n  routes:\n    - receiver: default\n      matchers: ['team=~"(pay"']\n${receivers}`,
      errors: [{ line: 5, column: 25, message: /is not a valid matcher: `\(pay` is not a valid regular expression/ }],
    },
    {
      name: 'in a Secret: at the line of the Secret',
      file: 'secret.yaml',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: { name: alertmanager-main }
        stringData:
          alertmanager.yaml: |
            route:
              receiver: default
              routes:
                - receiver: nope
            receivers:
              - name: default
                webhook_configs:
                  - url: https://alerts.acme.dev/hook
      `,
      errors: [{ line: 9, column: 21, endColumn: 25, message: 'No receiver is named `nope`.' }],
    },
    {
      name: 'in a Secret as base64: at the value',
      file: 'secret.yaml',
      code: `apiVersion: v1\nkind: Secret\nmetadata: { name: am }\ndata:\n  alertmanager.yaml: ${Buffer.from(`route:\n  receiver: nope\n${receivers}`).toString('base64')}\n`,
      errors: [{ line: 5, column: 22, message: 'No receiver is named `nope`.' }],
    },
  ],
});
