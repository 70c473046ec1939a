package io.github.juesuan.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates the files that are derived from the {@link RuleCatalog}: {@code docs/rules.md} and the Bean
 * Validation contributor bundles {@code ContributorValidationMessages[_zh|_en].properties}. A test fails
 * when the checked-in files differ from what this class generates; run {@link #main(String[])} (or the
 * test with {@code -Djuesuan.regenerate=true}) to refresh them.
 */
public final class RuleDocs {

    /** The path of the rules document, relative to the repository root. */
    public static final String RULES_MD = "docs/rules.md";
    /** The folder of the message bundles, relative to the repository root. */
    public static final String BUNDLE_DIR = "core/src/main/resources";

    private RuleDocs() {
    }

    /**
     * Gets every derived file: its path relative to the repository root, and its content.
     *
     * @return the files
     */
    public static Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        RuleCatalog c = RuleCatalog.standard();
        out.put(RULES_MD, c.toMarkdown());
        out.put(BUNDLE_DIR + "/ContributorValidationMessages.properties", bundle(c, false, "root (English)"));
        out.put(BUNDLE_DIR + "/ContributorValidationMessages_en.properties", bundle(c, false, "English"));
        out.put(BUNDLE_DIR + "/ContributorValidationMessages_zh.properties", bundle(c, true, "Chinese"));
        return out;
    }

    private static String bundle(RuleCatalog c, boolean chinese, String what) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Juesuan contributor validation messages, ").append(what)
                .append(". Generated from RuleCatalog by RuleDocs: do not edit.\n");
        sb.append("io.github.juesuan.validation.ConsistentReport.message=").append(escape(chinese
                ? "部门决算报表数据不一致" : "the figures of the final accounts report do not agree")).append('\n');
        for (Rule r : c.getRules()) {
            sb.append(ConsistentReportValidator.RULE_KEY_PREFIX).append(r.getId()).append('=')
                    .append(escape(r.getDescription(chinese))).append('\n');
        }
        return sb.toString();
    }

    /** Properties escaping: non-ASCII as unicode escapes, so that any properties reader gets the text. */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch == '\\' || ch == '=' || ch == ':' || ch == '#' || ch == '!') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20 || ch > 0x7e) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * Writes the derived files under a repository root.
     *
     * @param args the repository root (default: the parent of the working directory if that is {@code core},
     *     else the working directory)
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Paths.get(args[0]) : defaultRoot();
        for (Map.Entry<String, String> e : files().entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue().getBytes(StandardCharsets.UTF_8));
            System.out.println("wrote " + p);
        }
    }

    static Path defaultRoot() {
        Path cwd = Paths.get("").toAbsolutePath();
        return cwd.getFileName() != null && cwd.getFileName().toString().equals("core") ? cwd.getParent() : cwd;
    }
}
