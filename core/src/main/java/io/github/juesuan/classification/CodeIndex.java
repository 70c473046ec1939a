package io.github.juesuan.classification;

import io.github.juesuan.internal.Text;
import java.util.Collection;

/**
 * The entries of a catalog by code in an open-addressing table of {@link Codes#packed} ints: a look-up
 * reads one slot of an int array, where a {@code HashMap} reads a node, its key and the key's string, each
 * somewhere else in memory (a validation looks up every printed code in a catalog of thousands).
 */
final class CodeIndex<C extends Comparable<C>> {

    private static final int EMPTY = 0; // no packed code is 0: it begins with a 1

    private final int[] keys;
    private final CatalogEntry<?>[] entries;
    /** The name of each entry normalised by {@link Text#normaliseName}. */
    private final String[] normalisedNames;
    private final int mask;

    CodeIndex(Collection<CatalogEntry<C>> all) {
        int capacity = Integer.highestOneBit(Math.max(4, all.size() * 2) - 1) << 1; // load factor at most 1/2
        keys = new int[capacity];
        entries = new CatalogEntry<?>[capacity];
        normalisedNames = new String[capacity];
        mask = capacity - 1;
        for (CatalogEntry<C> e : all) {
            int k = packed(e.getCode());
            int slot = slotOf(k);
            keys[slot] = k;
            entries[slot] = e;
            normalisedNames[slot] = Text.normaliseName(e.getName());
        }
    }

    /** The packed form of a code of either classification. */
    static int packed(Object code) {
        if (code instanceof FunctionCode) {
            return ((FunctionCode) code).packed();
        }
        return ((EconomicCode) code).packed();
    }

    /** The slot of a packed code: where it is, or the empty slot where it would go. */
    private int slotOf(int k) {
        int slot = mix(k) & mask;
        while (keys[slot] != EMPTY && keys[slot] != k) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int mix(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The entry of a code, null when the catalog does not know it. */
    @SuppressWarnings("unchecked")
    CatalogEntry<C> get(C code) {
        return (CatalogEntry<C>) entries[slotOf(packed(code))];
    }

    /** The normalised name of a code, null when the catalog does not know it. */
    String normalisedName(C code) {
        return normalisedNames[slotOf(packed(code))];
    }
}
