/**
 * The names a Prometheus alert template may use at parse time: Go's text/template builtins
 * (text/template/funcs.go) plus the FuncMap of Prometheus's NewTemplateExpander
 * (template/template.go), which rulefmt parses every label and annotation with.
 */

const GO_BUILTINS = [
  'and', 'call', 'html', 'index', 'slice', 'js', 'len', 'not', 'or', 'print', 'printf', 'println', 'urlquery',
  'eq', 'ge', 'gt', 'le', 'lt', 'ne',
];

/** Prometheus's template functions; those added after 2.0 say in which release. */
const PROMETHEUS_FUNCTIONS = [
  'query', 'first', 'label', 'value', 'strvalue', 'args', 'reReplaceAll', 'safeHtml', 'match', 'title',
  'toUpper', 'toLower', 'graphLink', 'tableLink', 'sortByLabel', 'humanize', 'humanize1024',
  'humanizeDuration', 'humanizeTimestamp', 'pathPrefix', 'externalURL',
  'humanizePercentage', // 2.11
  'parseDuration', // 2.32
  'stripPort', // 2.33
  'stripDomain', // 2.36
  'toTime', // 2.38
  'toDuration', 'now', // 3.6
  'urlQueryEscape', // 3.8
];

export const FUNCTIONS: ReadonlySet<string> = new Set([...GO_BUILTINS, ...PROMETHEUS_FUNCTIONS]);

/**
 * What rulefmt declares before the template text (`{{$labels := .Labels}}…`), besides Go's
 * own `$`, with what each holds, for the messages that suggest them.
 */
export const ALERT_VARIABLES: ReadonlyMap<string, string> = new Map([
  ['$labels', "the alert's labels are `$labels`"],
  ['$externalLabels', "Prometheus's external labels are `$externalLabels`"],
  ['$externalURL', "Prometheus's external URL is `$externalURL`"],
  ['$value', "the alert's value is `$value`"],
]);
