import { ruleTester } from '../rule-tester.js';

const receivers = `receivers:\n  - name: default\n    webhook_configs:\n      - url: https://alerts.acme.dev/hook\n  - name: pager\n    webhook_configs:\n      - url: https://alerts.acme.dev/pager\n`;
const config = (route: string) => `route:\n  receiver: default\n  routes:\n    - receiver: pager\n${route}${receivers}`;

ruleTester('alertmanager-deprecated', {
  valid: [
    { name: 'matchers', file: 'alertmanager.yml', code: config('      matchers: [team="payments"]\n') },
    { name: 'time_intervals', file: 'alertmanager.yml', code: `${config('      mute_time_intervals: [nights]\n')}time_intervals:\n  - name: nights\n    time_intervals: [{ times: [{ start_time: "00:00", end_time: "06:00" }] }]\n` },
  ],
  invalid: [
    {
      name: 'match, with the matchers line to write instead',
      file: 'alertmanager.yml',
      code: config('      match:\n        team: payments\n'),
      errors: [{ line: 5, column: 7, message: '`match` is deprecated.' }],
    },
    {
      name: 'match_re',
      file: 'alertmanager.yml',
      code: config('      match_re:\n        service: ^(api|web)$\n'),
      errors: [{ line: 5, column: 7, message: '`match_re` is deprecated.' }],
    },
    {
      name: 'a matcher only the old parser reads',
      file: 'alertmanager.yml',
      code: config('      matchers: ["team=pay ments"]\n'),
      errors: [{ line: 5, column: 28, message: /team=pay ments/ }],
    },
  ],
});
