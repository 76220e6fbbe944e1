package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
        List<String> cases = List.of(
                "<https://github.com/containers/crun> 与 <https://get.k3s.io/（✅> 公开可验证）",
                "[x](https://github.com/x/y/releases/tag/v0.4.0) httphttps://a.b http:// https://",
                "hhttp://a.b/c.,;:!?* https://例子.测试/路径 https://a.b/😀?q=1|x",
                "https:/a.b https//a.b httpss://a.b http://x\u3000y http://a\u000Bb");
        String[] atoms = {
            "http", "https", "://", ":", "/", "s", "a", ".", ",", "?", "*", " ", "\t", "<", ">", "(", ")", "[", "]",
            "\"", "'", "`", "|", "中", "（", "、", "\u3000", "\uFF01", "😀", "\uD83D", "é", "-", "_", "%20", "#"
        };
        List<String> texts = ScanCorpus.texts(cases, atoms, 16);
        for (String text : texts) assertEquals(regexPass(text), UrlScanner.urls(text), text);
    }
}
