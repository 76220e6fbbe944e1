package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusParserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "✅ 已验证（GitHub releases）              | VERIFIED             | ✅ 已验证         | GitHub releases",
                "✅ 公开可验证                            | PUBLICLY_VERIFIABLE  | ✅ 公开可验证      | NULL",
                "⚠️ 部分可验证（可重现测试）               | PARTIALLY_VERIFIABLE | ⚠️ 部分可验证     | 可重现测试",
                "\u26a0 部分可验证                        | PARTIALLY_VERIFIABLE | \u26a0 部分可验证 | NULL",
                "⚠️ 待验证                                | PENDING              | ⚠️ 待验证         | NULL",
                "crun（⚠️ 版本号待确认）                   | PENDING              | ⚠️ 版本号待确认   | NULL",
                "（⚠️ 需要验证是否为最新 API 版本）         | PENDING              | ⚠️ 需要验证       | 是否为最新 API 版本",
                "❌ 无法验证                              | UNVERIFIABLE         | ❌ 无法验证       | NULL",
                "<https://get.k3s.io/（✅> 公开可验证）     | PUBLICLY_VERIFIABLE  | ✅ 公开可验证      | NULL",
            })
    void emojiStatuses(String text, String status, String phrase, String qualifier) {
        List<StatusParser.Found> f = StatusParser.findWithEmoji(text.strip());
        assertEquals(1, f.size(), text);
        assertEquals(VerificationStatus.valueOf(status), f.get(0).status());
        assertEquals(phrase.strip(), f.get(0).phrase());
        assertEquals(qualifier == null ? null : qualifier.strip(), f.get(0).qualifier());
    }

    @ParameterizedTest(name = "not a status: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "✅ 标注接近完成（约 99%，75/75+ 处已完成）",
                "✅ **结论**：不再需要",
                "**⚠️ 来源标注说明**：本节数据",
                "⚠️ 版本说明：状态为\"待验证\"",
                "| ✅ |",
                "需要验证这里的条件",
            })
    void notStatuses(String text) {
        assertEquals(List.of(), StatusParser.findWithEmoji(text));
    }

    @ParameterizedTest(name = "status field value {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "部分可验证                | PARTIALLY_VERIFIABLE",
                "需要验证（同步复制的前提） | PENDING",
                "待确认                    | PENDING",
                "❌ 无法验证（口头分享）    | UNVERIFIABLE",
                "不可验证                  | UNVERIFIABLE",
            })
    void statusFieldValuesMayOmitTheEmoji(String value, String status) {
        List<StatusParser.Found> f = StatusParser.findInStatusValue(value.strip());
        assertEquals(1, f.size());
        assertEquals(VerificationStatus.valueOf(status), f.get(0).status());
    }

    @org.junit.jupiter.api.Test
    void unknownValueHasNoStatus() {
        assertEquals(List.of(), StatusParser.findInStatusValue("见官方文档"));
        assertNull(StatusParser.findInStatusValue("").stream().findFirst().orElse(null));
    }
}
