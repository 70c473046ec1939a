package io.github.juesuan.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The finding messages, from the bundles {@code FindingMessages} (English) and {@code FindingMessages_zh}. */
final class Messages {

    private static final String BUNDLE = "io.github.juesuan.validation.FindingMessages";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    static String format(boolean chinese, String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, chinese ? Locale.CHINESE : Locale.ROOT, NO_FALLBACK);
        return new MessageFormat(b.getString(key), chinese ? Locale.CHINESE : Locale.ENGLISH).format(args);
    }

    static String cell(boolean chinese, Location at) {
        String table = at.tableLabel(chinese);
        if (at.getRow().isEmpty()) {
            return table;
        }
        String row = at.getRow().get().getValue();
        if (at.getColumn().isEmpty()) {
            return format(chinese, "row", table, row);
        }
        String col = chinese ? at.getColumn().get().getChineseName() : at.getColumn().get().getEnglishName();
        return format(chinese, "cell", table, row, col);
    }
}
