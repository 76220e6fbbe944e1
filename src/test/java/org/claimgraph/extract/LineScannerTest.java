package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link LineScanner#scan} looks for "第 N 行" references only on lines {@link LineScanner#mayReferToLines} (it
 * looked on every line with a '行'): on a line with '行' that it skips, {@link LineReferenceResolver#find} finds
 * none in the context the scan would build.
 */
class LineScannerTest {
    private static final Pattern ITEM_OR_BOLD_START = Pattern.compile("^([-*+]|\\*\\*).*");

    @Test
    void aLineWithoutDiFindsNoReference() throws IOException {
        List<String> cases = List.of("参考第 400 行性能对比表格（13 MB vs 0.9 MB）", "> 运行 第\n12 行", "执行 12 行");
        String[] atoms = {
            "第", "行", " ", "1", "23", "-", "～", "至", ">", "> ", "**", "运行", "表格", "（", "）", "13 MB", "\t", "a",
            "第 12 行", "第3-5行", "12 行"
        };
        SourceText src = new SourceText("a\nb\nc\n");
        int withRef = 0, skipped = 0;
        List<String> texts = ScanCorpus.texts(cases, atoms, 12);
        for (int k = 0; k < texts.size(); k++) {
            String line = texts.get(k);
            String nextLine = texts.get((k + 7) % texts.size());
            // the context as LineScanner builds it: the line's own text and the next line unless it starts an item
            String own = Text.unquote(line).strip();
            String next = Text.unquote(nextLine).strip();
            String ctx = own + (ITEM_OR_BOLD_START.matcher(next).matches() ? "" : next);
            List<Model.LineReference> refs = LineReferenceResolver.find(ctx, own.length(), 1, src, Set.of());
            if (!refs.isEmpty()) withRef++;
            if (line.contains("行") && !LineScanner.mayReferToLines(line)) { // read before, skipped now
                skipped++;
                assertTrue(refs.isEmpty(), line + " / " + nextLine);
            }
        }
        assertTrue(withRef > 1000 && skipped > 2000, withRef + " with a reference, " + skipped + " skipped");
    }
}
