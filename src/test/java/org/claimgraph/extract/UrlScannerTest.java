package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link UrlScanner#urls} scans for what {@link UrlScanner#URL} matches: the same URLs as the regex pass. */
class UrlScannerTest {

    /** The former pass: every match of the regex, trailing punctuation dropped. */
    private static List<String> regexPass(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = UrlScanner.URL.matcher(text);
        while (m.find()) {
            String u = m.group();
            while (!u.isEmpty() && ".,;:!?*".indexOf(u.charAt(u.length() - 1)) >= 0) u = u.substring(0, u.length() - 1);
            if (u.length() > "https://".length()) out.add(u);
        }
        return out;
    }

    @Test
    void findsWhatTheRegexFound() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "<https://github.com/containers/crun> 与 <https://get.k3s.io/（✅> 公开可验证）",
                "[x](https://github.com/x/y/releases/tag/v0.4.0) httphttps://a.b http:// https://",
                "hhttp://a.b/c.,;:!?* https://例子.测试/路径 https://a.b/😀?q=1|x",
                "https:/a.b https//a.b httpss://a.b http://x\u3000y http://a\u000Bb"));
        for (String f : List.of("examples/ci-pipeline.md", "examples/postgres-ha.md"))
            texts.addAll(Files.readAllLines(Path.of(f)));
        Random r = new Random(18);
        String[] atoms = {
            "http", "https", "://", ":", "/", "s", "a", ".", ",", "?", "*", " ", "\t", "<", ">", "(", ")", "[", "]",
            "\"", "'", "`", "|", "中", "（", "、", "\u3000", "\uFF01", "😀", "\uD83D", "é", "-", "_", "%20", "#"
        };
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(16); i > 0; i--) sb.append(atoms[r.nextInt(atoms.length)]);
            texts.add(sb.toString());
        }
        for (String text : texts) assertEquals(regexPass(text), UrlScanner.urls(text), text);
    }
}
