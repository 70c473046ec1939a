package io.github.juesuan.validation;

import io.github.juesuan.internal.MessageBundle;

/** The finding messages, from the bundles {@code FindingMessages} (English) and {@code FindingMessages_zh}. */
final class Messages {

    private static final MessageBundle BUNDLE = MessageBundle.of(Messages.class, "FindingMessages");

    private Messages() {
    }

    static String format(boolean chinese, String key, Object... args) {
        return BUNDLE.format(chinese, key, args);
    }

    static String cell(boolean chinese, Location at) {
        if (at.isText() && at.getRow().isPresent()) {
            return at.getRow().get().getValue();
        }
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
