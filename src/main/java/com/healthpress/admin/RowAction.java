package com.healthpress.admin;

import java.util.ArrayList;
import java.util.List;

/** Adds, removes and moves rows of a repeated form section, so the editor works without JavaScript. */
final class RowAction {

    private RowAction() {
    }

    /** Applies "add", "remove-N", "up-N" or "down-N" (N counted from 0) to a copy of the rows. */
    static <T> List<T> apply(String action, List<T> rows, T emptyRow) {
        List<T> result = new ArrayList<>(rows);
        if (action.equals("add")) {
            result.add(emptyRow);
            return result;
        }
        int dash = action.lastIndexOf('-');
        if (dash < 0 || !action.substring(dash + 1).matches("\\d{1,4}")) {
            return result;
        }
        int index = Integer.parseInt(action.substring(dash + 1));
        if (index >= result.size()) {
            return result;
        }
        switch (action.substring(0, dash)) {
            case "remove" -> result.remove(index);
            case "up" -> swap(result, index, index - 1);
            case "down" -> swap(result, index, index + 1);
            default -> { }
        }
        return result;
    }

    private static <T> void swap(List<T> rows, int a, int b) {
        if (a >= 0 && b >= 0 && a < rows.size() && b < rows.size()) {
            T row = rows.get(a);
            rows.set(a, rows.get(b));
            rows.set(b, row);
        }
    }
}
