package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How stated multipliers and figures are read from text (factors worked out by hand). */
class MultiplierCheckTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "85 × 更小; 85",
                "提升 8.7 倍; 8.7",
                "镜像体积 →1/10; 10",
                "镜像体积仅为 Python 容器 1/10; 10",
                "宕机率 ↓90%; 10",
                "降低 95 % 延迟; 20",
                "性能提升 300%; 4",
                "密度 →10×; 10"
            })
    void statedFactor(String text, double factor) {
        List<Multipliers.Stated> s = Multipliers.stated(text);
        assertEquals(1, s.size(), s.toString());
        assertEquals(factor, s.get(0).factor(), 1e-9);
    }

    @ParameterizedTest(name = "not a multiplier: {0}")
    @CsvSource(
            delimiter = ';',
            value = {"12×6×2 可微张量", "9×6 全景", "A⁽ⁱ⁾ 1×12 向量", "CI 跑 1 美元/次", "v1.2.0"})
    void dimensionsAndVersionsAreNotMultipliers(String text) {
        assertEquals(List.of(), Multipliers.stated(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "13 MB vs 0.9 MB; 14.444444444",
                "1.2 s vs 6 ms; 200",
                "3 200 vs 28 000; 8.75",
                "6 ms vs 0.07 ms; 85.714285714",
                // a range is one figure (issue 11): 2 ms ÷ 30–80 µs gives 25–66.7, factor() is the middle of that
                // interval
                "30~80 µs vs 2 ms; 45.833333333"
            })
    void factorOfTwoFigures(String text, Double expected) {
        String[] parts = text.split(" vs ");
        List<Figures.Figure> figs = new java.util.ArrayList<>();
        for (String p : parts) figs.addAll(Figures.figures(p));
        Double f = Figures.factor(figs);
        if (expected == null) assertNull(f, figs.toString());
        else assertEquals(expected, f, 1e-6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {"一句话：包体积 →1/10，冷启动 →1/100。; →1/10; 包体积", "**镜像体积 →1/10，冷启动 →1/200; →1/200; 冷启动"})
    void metricLabelBeforeTheMultiplier(String text, String expression, String label) {
        Multipliers.Stated s = Multipliers.stated(text).stream()
                .filter(x -> x.expression().equals(expression))
                .findFirst()
                .orElseThrow();
        assertEquals(label, Multipliers.labelBefore(text, s));
    }
}
