package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ClaimClassifier#findFromStarts} tries the measured, configured and share patterns only where a
 * match can start: it must answer what {@code find()} over the whole text answers.
 */
class ClaimClassifierScanTest {

    @Test
    void findsWhatFindFound() throws IOException {
        List<String> cases = List.of(
                "实测 P99 从 120ms 降到 45ms",
                "-Xmx512m 设置 --max-pods=110 与 maxPods 和 max_pods 及 kube.config",
                "30% 的团队 份额 受访者 覆盖",
                "快 3 倍，每 30s 一次，TTL 与 SLO，超过 80% 时告警",
                "abc-def --x a-b\t-c\n-d");
        String[] atoms = {
            "实测",
            "测得",
            "压测",
            "基准",
            "benchmark",
            "测试中",
            "测试显示",
            "结果显示",
            "实验",
            "观测到",
            "从",
            "由",
            "降",
            "缩",
            "减",
            "优化",
            "提",
            "升",
            "到",
            "至",
            "降至",
            "缩短",
            "减少了",
            "下降",
            "提升了",
            "快了",
            "快",
            "耗时",
            "用时",
            "停机时间",
            "设置",
            "默认",
            "调整为",
            "阈值",
            "上限",
            "下限",
            "不超过",
            "超过",
            "时",
            "高于",
            "低于",
            "预留",
            "建议",
            "限制",
            "每",
            "每隔",
            "间隔",
            "周期",
            "TTL",
            "超时",
            "目标",
            "SLO",
            "告警",
            "触发",
            "扩容",
            "规划",
            "最多",
            "请求值",
            "份额",
            "受访者",
            "覆盖",
            "%",
            "的",
            "3",
            "30",
            "s",
            "秒",
            "min",
            "分钟",
            " ",
            "\t",
            "\n",
            "-",
            "--",
            "x",
            "a",
            "B",
            "maxPods",
            "max_pods",
            "a.b",
            "_",
            ".",
            "，",
            "。",
            "；",
            ";",
            "中",
            "😀",
            "实",
            "测",
            "b",
            "设"
        };
        List<String> texts = ScanCorpus.texts(cases, atoms, 14);
        Object[][] patterns = {
            {ClaimClassifier.MEASURED, ClaimClassifier.MEASURED_STARTS},
            {ClaimClassifier.CONFIGURED, ClaimClassifier.CONFIGURED_STARTS},
            {ClaimClassifier.SHARE, ClaimClassifier.SHARE_STARTS}
        };
        int[] found = new int[patterns.length];
        for (String text : texts) {
            for (int i = 0; i < patterns.length; i++) {
                Pattern p = (Pattern) patterns[i][0];
                boolean want = p.matcher(text).find();
                assertEquals(want, ClaimClassifier.findFromStarts(p, (BitSet) patterns[i][1], text), p + " in " + text);
                if (want) found[i]++;
            }
        }
        for (int f : found) assertTrue(f > 1000, "texts with a match: " + f);
    }

    /**
     * Each start set holds the first char of every top-level alternative of its pattern that begins with a
     * literal char: a word added to a pattern without its first char would never be tried.
     */
    @Test
    void startSetsHoldTheFirstCharOfEveryLiteralAlternative() {
        Object[][] patterns = {
            {ClaimClassifier.MEASURED, ClaimClassifier.MEASURED_STARTS},
            {ClaimClassifier.CONFIGURED, ClaimClassifier.CONFIGURED_STARTS},
            {ClaimClassifier.SHARE, ClaimClassifier.SHARE_STARTS}
        };
        int checked = 0;
        for (Object[] ps : patterns) {
            String re = ((Pattern) ps[0]).pattern();
            BitSet starts = (BitSet) ps[1];
            for (String alt : RegexAlternatives.topLevel(re)) {
                char c = alt.charAt(0);
                if (!RegexAlternatives.literalStart(alt)) continue; // a group, a class, an escape
                assertTrue(starts.get(c), "'" + c + "' of alternative " + alt + " in " + re);
                checked++;
            }
        }
        assertTrue(checked > 60, "literal alternatives checked: " + checked);
    }
}
