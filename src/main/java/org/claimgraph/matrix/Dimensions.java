package org.claimgraph.matrix;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The known members of the four maturity dimensions (layer, element, scenario, phase), each with
 * a stable slug (the last IRI segment under {@code https://w3id.org/claimgraph/id/<dimension>/}),
 * Chinese and English labels, its position, and the spellings notes use for it. {@link #lookup}
 * turns a table label such as {@code "e₃ 配额"}, {@code "Q"}, {@code "生产-静"} or {@code "K8s"}
 * into a member; unknown labels give {@code Optional.empty()} and the caller decides.
 */
public final class Dimensions {
    private static final Pattern PHASE_SUFFIX = Pattern.compile("\\s*[-－—]\\s*(静态|动态|静|动|static|dynamic)$");
    private static final Pattern A_PREFIX = Pattern.compile("^A\\(\\d+\\)\\s*=\\s*");
    private static final Pattern E_PREFIX = Pattern.compile("^[eE]\\d+\\s+");
    private static final Pattern LAYER_SUFFIX = Pattern.compile("\\s*(层|layer|矩阵)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Dimensions() {}

    public enum Kind {
        LAYER("layer"),
        ELEMENT("element"),
        SCENARIO("scenario"),
        PHASE("phase");
        private final String segment;

        Kind(String segment) {
            this.segment = segment;
        }
        /** The IRI path segment: {@code layer}, {@code element}, {@code scenario}, {@code phase}. */
        public String segment() {
            return segment;
        }
    }

    /** One member of a dimension. {@code order} is 1-based (e₁ = 1, A⁽¹⁾ = 1 …). */
    public record Member(
            Kind kind, String slug, int order, String zh, String en, String symbol, List<String> aliases) {}

    public static final String STATIC = "static";
    public static final String DYNAMIC = "dynamic";
    /** Phase of a table that gives one value per cell without saying static or dynamic. */
    public static final String UNPHASED = "unphased";

    private static final List<Member> LAYERS = List.of(
            m(Kind.LAYER, "docker", 1, "Docker 层", "Docker layer", "A⁽¹⁾", "docker"),
            m(Kind.LAYER, "kubernetes", 2, "K8s 层", "Kubernetes layer", "A⁽²⁾", "k8s", "kubernetes", "kube"),
            m(Kind.LAYER, "k3s", 3, "K3s 层", "K3s layer", "A⁽³⁾", "k3s"),
            m(Kind.LAYER, "wasmedge", 4, "WasmEdge 层", "WasmEdge layer", "A⁽⁴⁾", "wasmedge", "wasm"),
            m(Kind.LAYER, "opa", 5, "OPA 层", "OPA layer", "A⁽⁵⁾", "opa", "gatekeeper"),
            m(
                    Kind.LAYER,
                    "multi-tenancy",
                    6,
                    "多租户层",
                    "multi-tenancy layer",
                    "A⁽⁶⁾",
                    "多租户",
                    "multitenancy",
                    "multi-tenant",
                    "multi-tenancy",
                    "tenancy"));

    private static final List<Member> ELEMENTS = List.of(
            m(Kind.ELEMENT, "image", 1, "镜像", "image", "I", "image", "镜像"),
            m(Kind.ELEMENT, "container", 2, "容器", "container", "C", "container", "容器", "运行时实例"),
            m(Kind.ELEMENT, "quota", 3, "配额", "quota", "Q", "quota", "配额"),
            m(
                    Kind.ELEMENT,
                    "runtime-transform",
                    4,
                    "运行时变换",
                    "runtime transform",
                    "R",
                    "runtimetransform",
                    "runtime-transform",
                    "运行时变换",
                    "运行时切换"),
            m(Kind.ELEMENT, "monitor", 5, "监测", "monitoring", "M", "monitor", "监测", "观测"),
            m(
                    Kind.ELEMENT,
                    "version-upgrade",
                    6,
                    "版本升级",
                    "version upgrade",
                    "V",
                    "versionupgrade",
                    "version-upgrade",
                    "版本升级",
                    "版本-变更-升级",
                    "版本变更"),
            m(Kind.ELEMENT, "load-balance", 7, "负载均衡", "load balancing", "L", "loadbalance", "load-balance", "负载均衡"),
            m(Kind.ELEMENT, "scale", 8, "扩缩容", "scaling", "S", "scale", "扩缩容"),
            m(
                    Kind.ELEMENT,
                    "backup-restore",
                    9,
                    "灾备",
                    "backup and restore",
                    "B",
                    "backuprestore",
                    "backup-restore",
                    "灾备",
                    "灾备恢复"),
            m(Kind.ELEMENT, "policy", 10, "策略", "policy", "P", "policy", "策略"),
            m(Kind.ELEMENT, "tenant", 11, "租户隔离", "tenant isolation", "T", "tenant", "租户隔离", "隔离"),
            m(
                    Kind.ELEMENT,
                    "ai-parameter",
                    12,
                    "AI 可学习参数",
                    "AI parameter",
                    "Θ",
                    "ai-parameter",
                    "aiparameter",
                    "ai-θ",
                    "θ",
                    "可学习参数"));

    private static final List<Member> SCENARIOS = List.of(
            m(Kind.SCENARIO, "local-dev", 1, "本地开发", "local development", "s₁", "本地", "本地开发", "local", "local-dev"),
            m(Kind.SCENARIO, "ci-test", 2, "CI/测试", "CI and testing", "s₂", "ci", "ci/测试", "测试", "ci-test"),
            m(Kind.SCENARIO, "production", 3, "在线生产", "online production", "s₃", "生产", "在线生产", "production", "prod"),
            m(Kind.SCENARIO, "edge-iot", 4, "边缘/IoT", "edge and IoT", "s₄", "边缘", "边缘/iot", "edge", "edge-iot", "iot"),
            m(
                    Kind.SCENARIO,
                    "serverless-ai",
                    5,
                    "Serverless/AI",
                    "serverless and AI",
                    "s₅",
                    "serverless",
                    "serverless/ai",
                    "serverless-ai"),
            m(
                    Kind.SCENARIO,
                    "multi-tenant",
                    6,
                    "多租户平台",
                    "multi-tenant platform",
                    "s₆",
                    "多租户",
                    "多租户平台",
                    "multi-tenant",
                    "multitenant"));

    private static final List<Member> PHASES = List.of(
            m(Kind.PHASE, STATIC, 1, "静态", "static", "t₀", "静", "静态", "static"),
            m(Kind.PHASE, DYNAMIC, 2, "动态", "dynamic", "t₁", "动", "动态", "dynamic"),
            m(Kind.PHASE, UNPHASED, 3, "未分静动", "unphased", "—", "unphased", "", "overall"));

    private static final Map<Kind, Map<String, Member>> INDEX = new HashMap<>();

    static {
        for (List<Member> list : List.of(LAYERS, ELEMENTS, SCENARIOS, PHASES))
            for (Member mem : list) {
                Map<String, Member> idx = INDEX.computeIfAbsent(mem.kind(), k -> new HashMap<>());
                idx.put(key(mem.slug()), mem);
                idx.put(key(mem.symbol()), mem);
                for (String a : mem.aliases()) idx.put(key(a), mem);
            }
    }

    private static Member m(Kind kind, String slug, int order, String zh, String en, String symbol, String... aliases) {
        return new Member(kind, slug, order, zh, en, symbol, List.of(aliases));
    }

    /** The members of a dimension in their order. */
    public static List<Member> members(Kind kind) {
        return switch (kind) {
            case LAYER -> LAYERS;
            case ELEMENT -> ELEMENTS;
            case SCENARIO -> SCENARIOS;
            case PHASE -> PHASES;
        };
    }

    /**
     * The member a label stands for. Markdown emphasis, an element index prefix ({@code e₃},
     * {@code e3}), a trailing {@code 层}/{@code layer}, {@code A⁽²⁾ =} and case are ignored; for
     * scenarios a phase suffix ({@code 生产-静}, {@code CI-动}) is ignored too.
     */
    public static Optional<Member> lookup(Kind kind, String label) {
        if (label == null) return kind == Kind.PHASE ? Optional.of(PHASES.get(2)) : Optional.empty();
        String l = kind == Kind.SCENARIO ? PHASE_SUFFIX.matcher(label.strip()).replaceFirst("") : label;
        return Optional.ofNullable(INDEX.get(kind).get(key(l)));
    }

    static String key(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC)
                .replace("*", "")
                .replace("`", "")
                .trim();
        s = A_PREFIX.matcher(s).replaceFirst(""); // "A(2) = K8s 层" after NFKC of A⁽²⁾
        s = E_PREFIX.matcher(s).replaceFirst(""); // "e3 配额" (e₃ → e3 under NFKC)
        s = LAYER_SUFFIX.matcher(s).replaceFirst("");
        return SPACES.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
