import type { OutputLabels } from '../../src/promql/labels.js';

/**
 * Expressions with the labels of their result series, as Prometheus 3 evaluates them: from its
 * documentation, typical alerts (kube-prometheus, burn rates, absent alerts) and each rule of
 * labels.ts. labels.reference.test.ts evaluates those it can with promtool on synthetic series
 * and checks that every series it returns fits the expected labels.
 */
export interface LabelsCase {
  expr: string;
  /** Undefined when the grammar refuses the expression. */
  labels: OutputLabels | undefined;
  /** Why promtool (Prometheus 2.42) cannot check the case on synthetic series, if it cannot. */
  unchecked?: string;
}

/** A label with any value, or none. */
const ANY = undefined;

const open = (known: OutputLabels['known']): OutputLabels => ({ known, open: true });
const closed = (known: OutputLabels['known']): OutputLabels => ({ known, open: false });

const EXPERIMENTAL = 'an experimental feature, which promtool 2.42 does not have';

export const SELECTORS: LabelsCase[] = [
  { expr: 'up', labels: open({}) },
  { expr: 'up{job="api"}', labels: open({ job: 'api' }) },
  { expr: 'up{job="api", instance=~"a.*"}', labels: open({ instance: ANY, job: 'api' }) },
  { expr: 'up{job=~"api|db"}', labels: open({ job: ANY }) },
  // Without regex syntax, `=~` compares as a string.
  { expr: 'up{job=~"api"}', labels: open({ job: 'api' }) },
  // An empty value selects the series without the label.
  { expr: 'up{team=""}', labels: open({ team: '' }) },
  { expr: 'up{team!="web"}', labels: open({ team: ANY }) },
  { expr: 'up{team=~".*"}', labels: open({ team: ANY }) },
  { expr: 'up{job="api", job=~"a.*"}', labels: open({ job: 'api' }) },
  { expr: '{__name__="up", job="api"}', labels: open({ job: 'api' }) },
  { expr: '{"up", "service.name"="checkout"}', labels: open({ 'service.name': 'checkout' }), unchecked: 'quoted names are new in Prometheus 3' },
  { expr: 'up{job="api"} offset 5m @ 3600', labels: open({ job: 'api' }) },
];

export const AGGREGATIONS: LabelsCase[] = [
  { expr: 'sum(up)', labels: closed({}) },
  { expr: 'sum by (job) (up)', labels: closed({ job: ANY }) },
  { expr: 'sum by (job) (up{job="api"})', labels: closed({ job: 'api' }) },
  { expr: 'sum(up{job="api"}) by (job, team)', labels: closed({ job: 'api', team: ANY }) },
  { expr: 'sum without (instance) (up{job="api"})', labels: open({ instance: '', job: 'api' }) },
  { expr: 'max by (namespace, job) (rate(http_requests_total{code=~"5.."}[5m]))', labels: closed({ job: ANY, namespace: ANY }) },
  // The group of series without `team` has none either.
  { expr: 'count by (team) (up{team=""})', labels: closed({}) },
  { expr: 'topk(3, sum by (handler) (rate(http_requests_total[5m])))', labels: closed({ handler: ANY }) },
  // topk and bottomk keep the series whole, whatever the grouping.
  { expr: 'bottomk by (job) (1, up{namespace="prod"})', labels: open({ namespace: 'prod' }) },
  { expr: 'quantile by (job) (0.9, up)', labels: closed({ job: ANY }) },
  { expr: 'stddev without (instance) (up)', labels: open({ instance: '' }) },
  { expr: 'group by (namespace, pod) (kube_pod_info{namespace="prod"})', labels: closed({ namespace: 'prod', pod: ANY }) },
  { expr: 'count_values("version", build_info)', labels: closed({ version: ANY }) },
  { expr: 'count_values by (job) ("value", up)', labels: closed({ job: ANY, value: ANY }) },
  { expr: 'count_values without (instance) ("value", up)', labels: open({ instance: '', value: ANY }) },
  // `__name__` is never listed: alerts drop it.
  { expr: 'count_values("__name__", up)', labels: closed({}) },
  { expr: 'sum without (__name__) (up{job="api"})', labels: open({ job: 'api' }) },
  { expr: 'sum by (__name__, job) (up)', labels: closed({ job: ANY }) },
  { expr: 'limitk(2, up{job="api"})', labels: open({ job: 'api' }), unchecked: EXPERIMENTAL },
  { expr: 'limit_ratio(0.5, sum by (job) (up))', labels: closed({ job: ANY }), unchecked: EXPERIMENTAL },
];

export const BINARY_OPERATORS: LabelsCase[] = [
  { expr: 'up == 0', labels: open({}) },
  { expr: 'up{job="api"} > bool 0', labels: open({ job: 'api' }) },
  { expr: '2 * up{job="api"}', labels: open({ job: 'api' }) },
  { expr: '-up{job="api"}', labels: open({ job: 'api' }) },
  { expr: '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m]))', labels: closed({ instance: ANY }) },
  { expr: 'time() - process_start_time_seconds{job="api"} > 60', labels: open({ job: 'api' }) },
  // One-to-one matching: both sides have the same labels, so what either fixes holds.
  { expr: 'http_requests_total{code="500"} / http_requests_total', labels: open({ code: '500' }) },
  { expr: 'node_filesystem_avail_bytes / node_filesystem_size_bytes{fstype="ext4"}', labels: open({ fstype: 'ext4' }) },
  // ... and a closed side closes the result; `on` keeps only its labels.
  { expr: 'up / ignoring(instance) sum by (job) (up)', labels: closed({ job: ANY }) },
  { expr: 'up{job="api", instance="a:9090"} / on(job) sum by (job) (up)', labels: closed({ job: 'api' }) },
  { expr: 'node_load1 / count without (cpu, mode) (node_cpu_seconds_total{mode="idle"})', labels: open({ cpu: '', mode: '' }) },
  {
    expr: 'rate(http_requests_total{code="500"}[5m]) / ignoring(code) group_left sum without (code) (rate(http_requests_total[5m]))',
    labels: open({ code: '500' }),
  },
  {
    expr: 'kube_pod_container_status_restarts_total * on (namespace, pod) group_left (node) kube_pod_info{node="n1"}',
    labels: open({ namespace: ANY, node: 'n1', pod: ANY }),
  },
  {
    expr: 'node_uname_info{nodename="node-a"} * on (instance) group_right (nodename) rate(node_cpu_seconds_total{mode="idle"}[5m])',
    labels: open({ instance: ANY, mode: 'idle', nodename: 'node-a' }),
  },
  // A label of group_left(...) that the other side lacks is dropped.
  { expr: 'up * on (job) group_left (team) sum by (job) (up)', labels: open({ job: ANY, team: '' }) },
  { expr: 'up{job="api"} and on (instance) up{team="web"}', labels: open({ instance: ANY, job: 'api' }) },
  { expr: 'up and up{team="web"}', labels: open({ team: 'web' }) },
  { expr: 'up{job="api"} unless up{team="web"}', labels: open({ job: 'api' }) },
  { expr: 'up{job="api"} or up{job="db"}', labels: open({ job: ANY }) },
  { expr: 'up{job="api"} or up{job="api", team="web"}', labels: open({ job: 'api', team: ANY }) },
  { expr: 'sum by (job) (up) or vector(0)', labels: closed({ job: ANY }) },
  { expr: 'absent(nonexistent{job="api"}) or sum by (job) (up{job="api"})', labels: closed({ job: 'api' }) },
  // Series without a match pass with a fill value: not followed.
  { expr: 'up + fill(0) up{job="api"}', labels: open({}), unchecked: EXPERIMENTAL },
];

export const FUNCTION_CALLS: LabelsCase[] = [
  { expr: 'rate(http_requests_total{job="api"}[5m])', labels: open({ job: 'api' }) },
  { expr: 'max_over_time(up{job="api"}[10m:1m])', labels: open({ job: 'api' }) },
  { expr: 'avg_over_time((up{job="api"} == 1)[10m:])', labels: open({ job: 'api' }) },
  { expr: 'histogram_quantile(0.99, sum by (le, job) (rate(http_request_duration_seconds_bucket[5m])))', labels: closed({ job: ANY }) },
  { expr: 'histogram_quantile(0.9, rate(http_request_duration_seconds_bucket{job="api"}[5m]))', labels: open({ job: 'api', le: '' }) },
  { expr: 'histogram_fraction(0, 0.2, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))', labels: closed({}), unchecked: 'histogram_fraction of classic buckets is new in Prometheus 3' },
  { expr: 'histogram_quantiles(sum by (le) (rate(http_request_duration_seconds_bucket[5m])), "q", 0.5, 0.9)', labels: closed({ q: ANY }), unchecked: EXPERIMENTAL },
  { expr: 'absent(nonexistent{job="api", instance=~"a.*"})', labels: closed({ job: 'api' }) },
  // A label given twice is left out (Prometheus's createLabelsForAbsentFunction).
  { expr: 'absent(nonexistent{job="api", job="db"})', labels: closed({}) },
  { expr: 'absent(nonexistent{job=""})', labels: closed({}) },
  // ... but a matcher before the first `=` does not.
  { expr: 'absent(nonexistent{job=~"a.*", job="api", instance="a", instance!="b"})', labels: closed({ job: 'api' }) },
  { expr: 'absent(sum(nonexistent{job="api"}))', labels: closed({}) },
  { expr: 'absent((nonexistent{job="api"}))', labels: closed({ job: 'api' }) },
  { expr: 'absent_over_time(nonexistent{job="api"}[5m])', labels: closed({ job: 'api' }) },
  { expr: 'absent_over_time(nonexistent{job="api"}[5m:1m])', labels: closed({}) },
  { expr: 'vector(1)', labels: closed({}) },
  { expr: 'scalar(sum(up))', labels: closed({}) },
  { expr: 'day_of_week()', labels: closed({}) },
  { expr: 'hour(process_start_time_seconds{job="api"})', labels: open({ job: 'api' }) },
  { expr: 'round(up{job="api"}, 0.1)', labels: open({ job: 'api' }) },
  { expr: 'timestamp(up{job="api"})', labels: open({ job: 'api' }) },
  { expr: 'sort_desc(sum by (job) (up))', labels: closed({ job: ANY }) },
  { expr: 'sort_by_label(up{job="api"}, "instance")', labels: open({ job: 'api' }), unchecked: EXPERIMENTAL },
  { expr: 'label_replace(up{job="api"}, "service", "$1", "job", "(.*)")', labels: open({ job: 'api', service: ANY }) },
  { expr: 'label_replace(up, "team", "platform", "", "")', labels: open({ team: 'platform' }) },
  { expr: 'label_replace(up{job="api"}, "team", "web", "job", "api|db")', labels: open({ job: 'api', team: 'web' }) },
  // The regex never matches: the series keep what they have.
  { expr: 'label_replace(up{job="api"}, "team", "web", "job", "db")', labels: open({ job: 'api' }) },
  // It may not match: `team` is "web" or missing.
  { expr: 'label_replace(sum by (job) (up), "team", "web", "job", "a.+")', labels: closed({ job: ANY, team: ANY }) },
  { expr: 'label_replace(up, "team", "", "", ".*")', labels: open({ team: '' }) },
  { expr: 'label_join(up{job="api", namespace="prod"}, "id", "/", "namespace", "job")', labels: open({ id: 'prod/api', job: 'api', namespace: 'prod' }) },
  { expr: 'label_join(up, "id", "/", "namespace", "job")', labels: open({ id: ANY }) },
  { expr: 'info(rate(http_requests_total{job="api"}[5m]))', labels: open({ job: 'api' }), unchecked: EXPERIMENTAL },
  {
    expr: 'info(sum by (job, instance) (up), {k8s_cluster_name=~".+"})',
    labels: closed({ instance: ANY, job: ANY, k8s_cluster_name: ANY }),
    unchecked: EXPERIMENTAL,
  },
  // A label the series lack may come from the info series.
  { expr: 'info(up{team=""}, {team=~".+"})', labels: open({ team: ANY }), unchecked: EXPERIMENTAL },
];

export const OTHERS: LabelsCase[] = [
  { expr: '1', labels: closed({}) },
  { expr: '"text"', labels: closed({}), unchecked: 'a string is not a valid rule result' },
  // Parts Prometheus refuses may carry anything; the grammar still holds.
  { expr: 'ratez(up{job="api"})', labels: open({}), unchecked: 'Prometheus refuses it' },
  { expr: 'sum(ratez(up)) + 1', labels: closed({}), unchecked: 'Prometheus refuses it' },
  { expr: 'up{job="api"} +', labels: undefined },
  { expr: 'sum(up', labels: undefined },
  { expr: 'up{job="api"', labels: undefined },
  { expr: '', labels: undefined },
];

/** Alerts as monitoring mixins and SLO generators write them. */
export const ALERTS: LabelsCase[] = [
  {
    // A multiwindow burn-rate alert.
    expr: `(
  sum by (job) (rate(http_requests_total{job="api", code=~"5.."}[1h]))
/
  sum by (job) (rate(http_requests_total{job="api"}[1h]))
) > (14.4 * 0.001)
and
(
  sum by (job) (rate(http_requests_total{job="api", code=~"5.."}[5m]))
/
  sum by (job) (rate(http_requests_total{job="api"}[5m]))
) > (14.4 * 0.001)`,
    labels: closed({ job: 'api' }),
  },
  {
    // Sloth's page alert.
    expr: `(
    max(slo:sli_error:ratio_rate5m{sloth_id="api-availability", sloth_service="api", sloth_slo="availability"} > (14.4 * 0.001)) without (sloth_window)
    and
    max(slo:sli_error:ratio_rate1h{sloth_id="api-availability", sloth_service="api", sloth_slo="availability"} > (14.4 * 0.001)) without (sloth_window)
)`,
    labels: open({ sloth_id: 'api-availability', sloth_service: 'api', sloth_slo: 'availability', sloth_window: '' }),
  },
  {
    // kube-prometheus KubePodCrashLooping.
    expr: 'max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff", job="kube-state-metrics"}[5m]) >= 1',
    labels: open({ job: 'kube-state-metrics', reason: 'CrashLoopBackOff' }),
  },
  {
    // kube-prometheus KubeDeploymentReplicasMismatch.
    expr: `(
  kube_deployment_spec_replicas{job="kube-state-metrics"}
    >
  kube_deployment_status_replicas_available{job="kube-state-metrics"}
) and (
  changes(kube_deployment_status_replicas_updated{job="kube-state-metrics"}[10m])
    ==
  0
)`,
    labels: open({ job: 'kube-state-metrics' }),
  },
  {
    // kube-prometheus KubeContainerWaiting.
    expr: 'sum by (namespace, pod, container, cluster) (kube_pod_container_status_waiting_reason{job="kube-state-metrics"}) > 0',
    labels: closed({ cluster: ANY, container: ANY, namespace: ANY, pod: ANY }),
  },
  {
    // kube-prometheus TargetDown.
    expr: '100 * (count(up == 0) BY (cluster, job, namespace, service) / count(up) BY (cluster, job, namespace, service)) > 10',
    labels: closed({ cluster: ANY, job: ANY, namespace: ANY, service: ANY }),
  },
  {
    // kube-prometheus KubeCPUOvercommit.
    expr: `sum(namespace_cpu:kube_pod_container_resource_requests:sum{}) by (cluster) - (sum(kube_node_status_allocatable{resource="cpu", job="kube-state-metrics"}) by (cluster) - max(kube_node_status_allocatable{resource="cpu", job="kube-state-metrics"}) by (cluster)) > 0
and
(sum(kube_node_status_allocatable{resource="cpu", job="kube-state-metrics"}) by (cluster) - max(kube_node_status_allocatable{resource="cpu", job="kube-state-metrics"}) by (cluster)) > 0`,
    labels: closed({ cluster: ANY }),
  },
  {
    // node-exporter NodeFilesystemSpaceFillingUp.
    expr: `(
  node_filesystem_avail_bytes{job="node-exporter",fstype!="",mountpoint!=""} / node_filesystem_size_bytes{job="node-exporter",fstype!="",mountpoint!=""} * 100 < 15
and
  predict_linear(node_filesystem_avail_bytes{job="node-exporter",fstype!="",mountpoint!=""}[6h], 4*60*60) < 0
and
  node_filesystem_readonly{job="node-exporter",fstype!="",mountpoint!=""} == 0
)`,
    labels: open({ fstype: ANY, job: 'node-exporter', mountpoint: ANY }),
  },
  {
    // kube-prometheus KubeAPIErrorBudgetBurn, on recorded burn rates.
    expr: 'sum(apiserver_request:burnrate1h) > (14.40 * 0.01000) and sum(apiserver_request:burnrate5m) > (14.40 * 0.01000)',
    labels: closed({}),
  },
  {
    // kube-prometheus CPUThrottlingHigh.
    expr: `sum(increase(container_cpu_cfs_throttled_periods_total{container!="", job="cadvisor"}[5m])) without (id, metrics_path, name, image, endpoint, job, node)
  / on (cluster, namespace, pod, container, instance) group_left
sum(increase(container_cpu_cfs_periods_total{job="cadvisor"}[5m])) without (id, metrics_path, name, image, endpoint, job, node)
  > ( 25 / 100 )`,
    labels: open({ cluster: ANY, container: ANY, endpoint: '', id: '', image: '', instance: ANY, job: '', metrics_path: '', name: '', namespace: ANY, node: '', pod: ANY }),
  },
  {
    // An absent alert, as kube-prometheus writes them for each component.
    expr: 'absent(up{job="kube-scheduler"} == 1)',
    labels: closed({}),
  },
  {
    expr: 'absent(up{job="kube-scheduler", namespace="kube-system"})',
    labels: closed({ job: 'kube-scheduler', namespace: 'kube-system' }),
  },
  { expr: 'vector(1)', labels: closed({}) },
];

export const CASES: LabelsCase[] = [...SELECTORS, ...AGGREGATIONS, ...BINARY_OPERATORS, ...FUNCTION_CALLS, ...OTHERS, ...ALERTS];
