package io.github.juesuan.validation;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The outcome of every rule, in catalogue order: an unmodifiable map over an array (one per validation)
 * and the rule ids with their positions (one per validator), so that a validation does not make a map
 * entry per rule. Equal to any map with the same entries.
 */
final class RuleOutcomes extends AbstractMap<String, Outcome> {

    private final String[] ids;
    private final Map<String, Integer> positions;
    private final Outcome[] outcomes;

    RuleOutcomes(String[] ids, Map<String, Integer> positions, Outcome[] outcomes) {
        this.ids = ids;
        this.positions = positions;
        this.outcomes = outcomes;
    }

    @Override
    public Outcome get(Object key) {
        Integer i = key == null ? null : positions.get(key); // Map.copyOf rejects null keys
        return i == null ? null : outcomes[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return key != null && positions.containsKey(key);
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public Set<Map.Entry<String, Outcome>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Outcome>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < ids.length;
                    }

                    @Override
                    public Map.Entry<String, Outcome> next() {
                        if (next >= ids.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(ids[i], outcomes[i]);
                    }
                };
            }

            @Override
            public int size() {
                return ids.length;
            }
        };
    }
}
