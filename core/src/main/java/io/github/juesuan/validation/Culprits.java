package io.github.juesuan.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the likely culprit of failures that hang together: failures that share cells form a group, and
 * when exactly one cell is part of every failure of a group of two or more, that cell alone explains
 * them all.
 */
final class Culprits {

    private Culprits() {
    }

    static List<Finding> attach(List<RuleRun.Draft> drafts) {
        int n = drafts.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Location, Integer> firstWith = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!isFailure(drafts.get(i))) {
                continue;
            }
            for (Location l : drafts.get(i).involved()) {
                Integer j = firstWith.putIfAbsent(l, i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (isFailure(drafts.get(i))) {
                groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
            }
        }
        Location[] culprit = new Location[n];
        for (List<Integer> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            Set<Location> common = new HashSet<>(drafts.get(g.get(0)).involved());
            for (int i : g) {
                common.retainAll(drafts.get(i).involved());
            }
            if (common.size() == 1) {
                Location c = common.iterator().next();
                for (int i : g) {
                    culprit[i] = c;
                }
            }
        }
        List<Finding> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Finding f = drafts.get(i).finding();
            if (culprit[i] != null) {
                f = f.withLikelyCulprit(culprit[i], Messages.format(true, "culprit", Messages.cell(true, culprit[i])),
                        Messages.format(false, "culprit", Messages.cell(false, culprit[i])));
            }
            out.add(f);
        }
        return out;
    }

    private static boolean isFailure(RuleRun.Draft d) {
        return d.finding().getOutcome() == Outcome.FAILED && !d.involved().isEmpty();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
