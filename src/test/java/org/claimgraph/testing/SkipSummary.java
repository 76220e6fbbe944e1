package org.claimgraph.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints ONE line at the end of a test run naming what was skipped and why, e.g.
 * {@code [claimgraph] skipped: 34 tests in 6 classes (missing ../shared/seeds); 12 tests in 3 classes (missing node)}.
 * Skips caused by {@link Prerequisites#require} are grouped by the missing prerequisite; any other
 * aborted or disabled test is listed as "other" with its reason. Under {@code CI=true} the tests
 * fail instead, and the line names the failing prerequisites. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkipSummary implements TestExecutionListener {
    static final String PREFIX = "missing prerequisite: ";
    static final String LINE = "[claimgraph] ";

    /** missing prerequisite (or "other: reason") → test display names, and → classes. */
    private final Map<String, List<String>> tests = new TreeMap<>();

    private final Map<String, Set<String>> classes = new TreeMap<>();
    private final Map<String, List<String>> failed = new TreeMap<>();

    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        record("other: " + reason, id);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Optional<Throwable> t = result.getThrowable();
        String message = t.map(Throwable::getMessage).orElse("");
        String missing = missing(message);
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(missing != null ? missing : "other: " + message, id);
        } else if (result.getStatus() == TestExecutionResult.Status.FAILED && missing != null) {
            failed.computeIfAbsent(missing, k -> new ArrayList<>()).add(id.getDisplayName());
        }
    }

    /** The prerequisite named by a {@link Prerequisites#require} message, or null. */
    static String missing(String message) {
        if (message == null || !message.startsWith(PREFIX)) return null;
        String rest = message.substring(PREFIX.length());
        int paren = rest.indexOf(" (");
        return paren < 0 ? rest : rest.substring(0, paren);
    }

    /** A skipped container (a class aborted in {@code @BeforeAll}, a disabled class) counts each of its tests. */
    private void record(String what, TestIdentifier id) {
        List<String> names = tests.computeIfAbsent(what, k -> new ArrayList<>());
        if (id.isContainer() && plan != null) {
            for (TestIdentifier d : plan.getDescendants(id)) if (d.isTest()) names.add(d.getDisplayName());
            if (plan.getDescendants(id).isEmpty()) names.add(id.getDisplayName());
        } else {
            names.add(id.getDisplayName());
        }
        classes.computeIfAbsent(what, k -> new TreeSet<>()).add(className(id.getSource()));
    }

    private static String className(Optional<TestSource> source) {
        if (source.isPresent() && source.get() instanceof MethodSource m) return m.getClassName();
        if (source.isPresent() && source.get() instanceof ClassSource c) return c.getClassName();
        return "?";
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        System.out.println(summary());
    }

    /** The one summary line. */
    String summary() {
        StringBuilder sb = new StringBuilder(LINE);
        if (tests.isEmpty()) sb.append("skipped: nothing");
        else sb.append("skipped: ").append(groups(tests, classes));
        if (!failed.isEmpty())
            sb.append(" | failed under CI=true for missing prerequisites: ").append(groups(failed, Map.of()));
        return sb.toString();
    }

    private static String groups(Map<String, List<String>> byWhat, Map<String, Set<String>> byClass) {
        List<String> parts = new ArrayList<>();
        for (var e : byWhat.entrySet()) {
            String what = e.getKey();
            Set<String> cls = byClass.getOrDefault(what, Set.of());
            String where = cls.isEmpty()
                    ? ""
                    : " in " + cls.size() + (cls.size() == 1 ? " class " : " classes ") + simpleNames(cls);
            String why = what.startsWith("other: ") ? "(" + what + ")" : "(no " + what + ")";
            parts.add(e.getValue().size() + (e.getValue().size() == 1 ? " test" : " tests") + where + " " + why);
        }
        return String.join("; ", parts);
    }

    private static String simpleNames(Set<String> cls) {
        List<String> names = new ArrayList<>();
        for (String c : cls) names.add(c.substring(c.lastIndexOf('.') + 1));
        return names.toString();
    }
}
