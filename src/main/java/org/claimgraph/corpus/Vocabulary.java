package org.claimgraph.corpus;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Word lists the generator draws from. The words are the domain's (tools, metrics, scenarios),
 * the sentences are assembled from fragments so that no two notes read alike.
 */
final class Vocabulary {
    private Vocabulary() {}

    /** A tool as written in notes, its canonical name, versions seen in the wild and its project URL. */
    record Tool(String written, String canonical, List<String> versions, String url) {}

    static final List<Tool> TOOLS = List.of(
            new Tool("Docker", "Docker", List.of("24.0", "25.0.3", "26.1"), "https://github.com/moby/moby"),
            new Tool(
                    "Kubernetes",
                    "Kubernetes",
                    List.of("1.28", "1.29", "1.30", "1.31"),
                    "https://kubernetes.io/releases/"),
            new Tool("K8s", "Kubernetes", List.of("1.29", "1.30"), "https://github.com/kubernetes/kubernetes"),
            new Tool("K3s", "K3s", List.of("1.29.6+k3s2", "1.30.4+k3s1"), "https://github.com/k3s-io/k3s/releases"),
            new Tool(
                    "WasmEdge",
                    "WasmEdge",
                    List.of("0.13.5", "0.14.0", "0.14.1"),
                    "https://github.com/WasmEdge/WasmEdge"),
            new Tool("OPA", "OPA", List.of("0.60.0", "0.68.0"), "https://github.com/open-policy-agent/opa"),
            new Tool(
                    "Gatekeeper",
                    "Gatekeeper",
                    List.of("v3.15", "v3.16"),
                    "https://github.com/open-policy-agent/gatekeeper"),
            new Tool("crun", "crun", List.of("1.8.5", "1.14"), "https://github.com/containers/crun"),
            new Tool(
                    "runwasi",
                    "containerd-shim-runwasi",
                    List.of("v0.4.0", "v0.5.0"),
                    "https://github.com/containerd/runwasi"),
            new Tool("containerd", "containerd", List.of("1.7.13", "2.0"), "https://github.com/containerd/containerd"),
            new Tool("KEDA", "KEDA", List.of("2.13", "2.14"), "https://keda.sh/"),
            new Tool("Velero", "Velero", List.of("1.13", "1.14"), "https://github.com/vmware-tanzu/velero"),
            new Tool("Flux", "Flux", List.of("2.2", "2.3"), "https://github.com/fluxcd/flux2"),
            new Tool("ArgoCD", "Argo CD", List.of("2.10", "2.11"), "https://github.com/argoproj/argo-cd"),
            new Tool("Capsule", "Capsule", List.of("0.5.0", "0.7.0"), "https://github.com/projectcapsule/capsule"),
            new Tool("Cilium", "Cilium", List.of("1.15", "1.16"), "https://github.com/cilium/cilium"),
            new Tool("BuildKit", "BuildKit", List.of("0.13", "0.14"), "https://github.com/moby/buildkit/releases"),
            new Tool("Trivy", "Trivy", List.of("0.50", "0.52"), "https://github.com/aquasecurity/trivy"),
            new Tool("Longhorn", "Longhorn", List.of("1.6", "1.7"), "https://github.com/longhorn/longhorn"),
            new Tool("KubeEdge", "KubeEdge", List.of("1.17", "1.18"), "https://github.com/kubeedge/kubeedge"));

    /** A metric with its unit and a plausible range for the baseline side. */
    record Metric(String name, String unit, double low, double high, boolean smallerIsBetter) {}

    static final List<Metric> METRICS = List.of(
            new Metric("镜像体积", "MB", 8, 400, true),
            new Metric("启动时间", "ms", 40, 2400, true),
            new Metric("内存基线", "MB", 12, 900, true),
            new Metric("P99 延迟", "ms", 2, 60, true),
            new Metric("单核 QPS", "QPS", 800, 9000, false),
            new Metric("单节点密度", "pods", 100, 900, false),
            new Metric("冷启动 CPU 尖峰", "%", 20, 95, true),
            new Metric("构建耗时", "s", 30, 600, true),
            new Metric("控制面内存", "GB", 1, 8, true),
            new Metric("集群规模", "nodes", 50, 3000, false));

    static final List<String> SCENARIOS = List.of("本地", "CI", "生产", "边缘", "Serverless", "多租户");

    static final List<String> ELEMENTS =
            List.of("e₁ 镜像", "e₂ 容器", "e₃ 配额", "e₄ 运行时变换", "e₅ 监测", "e₆ 版本升级", "e₇ 负载均衡", "e₈ 扩缩容");

    static final List<String> LAYERS = List.of(
            "A⁽¹⁾ = Docker 层", "A⁽²⁾ = K8s 层", "A⁽³⁾ = K3s 层", "A⁽⁴⁾ = WasmEdge 层", "A⁽⁵⁾ = OPA 层", "A⁽⁶⁾ = 多租户层");

    static final List<String> HARDWARE = List.of("4C8G", "8C16G", "2C4G ARM64", "16C32G", "树莓派 4B(4 GB)");
    static final List<String> LOADS = List.of("100 并发冷启动", "1000 QPS 准入请求", "50 并发构建", "稳态 200 RPS", "突发 5 倍流量");
    static final List<String> BASELINES =
            List.of("传统容器", "OPA HTTP sidecar", "Docker 容器", "虚拟机", "Kubernetes 默认调度", "Velero 全量备份");
    static final List<String> CANDIDATES =
            List.of("WasmEdge + crun", "OPA-WasmEdge 本地", "runwasi shim", "K3s 单节点", "Cilium eBPF", "KEDA 事件驱动");

    static final List<String> TOPICS = List.of(
            "边缘集群",
            "多租户平台",
            "策略即代码",
            "镜像供应链",
            "Serverless 冷启动",
            "灾备恢复",
            "观测体系",
            "GitOps 发布",
            "运行时切换",
            "弹性扩缩容",
            "准入控制",
            "存储编排");
    static final List<String> VERBS = List.of("降低", "压缩到", "提升到", "稳定在", "缩短到", "控制在");
    static final List<String> OPENERS = List.of("实测显示", "在压测中", "按社区报告", "从内部环境看", "对比基线后", "经过三轮复测", "在灰度环境里");
    static final List<String> COMPANIES = List.of("某物流公司", "某在线教育平台", "某城商行", "某游戏工作室", "某车企边缘团队", "某运营商", "某跨境电商");
    static final List<String> OUTCOMES =
            List.of("节省 30% 机器成本", "上线周期从周缩短到天", "故障恢复时间减半", "边缘节点扩到 2 万台", "冷启动降到毫秒级", "审计工作量减少一半");
    static final List<String> JUDGEMENTS =
            List.of("已经适合生产环境", "更适合边缘场景", "短期内不会替代容器", "是多租户隔离的默认选择", "学习成本仍然偏高", "需要配合策略引擎使用");
    static final List<String> QUALIFIERS_PARTIAL =
            List.of("（可重现测试，但结果可能因环境而异）", "（可重现测试，但结果可能因配置而异）", "（需要实际部署验证）", "（因网络环境而异）", "");
    static final List<String> QUALIFIERS_PENDING = List.of("（需要访问官方发布页面验证）", "（需要验证具体发布日期）", "（需要验证具体版本号）", "");
    static final List<String> QUALIFIERS_PUBLIC = List.of("（官方文档）", "（GitHub 项目）", "（CNCF 项目）", "");
    static final List<String> SOURCE_TYPES =
            List.of("内部测试", "官方文档", "内部测试 / 官方文档", "基准测试", "技术判断", "技术成熟度评估", "官方基准", "技术特性说明");
    static final List<String> EVENTS = List.of(
            "chroot",
            "cgroups 合入内核",
            "Docker 开源",
            "K8s 开源",
            "CRI 插件化",
            "K3s 发布",
            "镜像规范定稿",
            "K8s 去掉 docker-shim",
            "WasmEdge 进入 CNCF",
            "runwasi 首次发布");

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
