package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.ProvenanceParser.Logical;

/**
 * The fields of a provenance block that belong to no assessment (更新日期, 测试环境, 验证方法 … at
 * the top of the block): kept as fields, the date and environment read out.
 */
final class BlockFields {
    private final List<Model.Field> fields = new ArrayList<>();
    private LocalDate updated;
    private String environment;

    /** Reads a top-level field; an unreadable date goes to {@code problems}. */
    void add(String k, String kRaw, String value, Logical l, List<String> problems) {
        String v = Text.plain(value);
        fields.add(new Model.Field(kRaw, v, l.first()));
        if (k.equals(AnnotationKeys.UPDATED)) {
            LocalDate d = UrlScanner.firstDate(value);
            if (d == null) problems.add("unreadable 更新日期 '" + Text.clip(v, 40) + "' at line " + l.first());
            else if (updated == null) updated = d;
        } else if (AnnotationKeys.isEnvironment(k)) {
            environment = v.isEmpty() ? environment : v;
        }
    }

    /** A top-level field continued in the following plain bullets: the text is appended with '；'. */
    void append(String k, String value) {
        String v = Text.plain(value);
        for (int i = fields.size() - 1; i >= 0; i--) {
            Model.Field f = fields.get(i);
            if (f.key().replace(" ", "").equals(k)) {
                fields.set(i, new Model.Field(f.key(), f.value().isEmpty() ? v : f.value() + "；" + v, f.line()));
                break;
            }
        }
        if (AnnotationKeys.isEnvironment(k))
            environment = environment == null || environment.isEmpty() ? v : environment + "；" + v;
    }

    List<Model.Field> fields() {
        return List.copyOf(fields);
    }

    /** 更新日期 of the block, or null. */
    LocalDate updated() {
        return updated;
    }

    /** 测试环境 / 验证环境 of the block, or null. */
    String environment() {
        return environment;
    }
}
