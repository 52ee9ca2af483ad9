package com.healthpress;

import com.healthpress.storage.Database;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.Query;

/** What H2's planner says of a query: its plan, and how many rows it read (EXPLAIN ANALYZE's scan counts). */
public final class QueryPlans {

    /** H2's mark on a plan that reads its rows in an index's order for every column of the ORDER BY. */
    public static final String INDEX_SORTED = "/* index sorted */";
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    private QueryPlans() {
    }

    /** The plan H2 chose for the query, with its parameters bound by {@code binding}. */
    public static String plan(Database database, String query, UnaryOperator<Query> binding) {
        return explain(database, "EXPLAIN ", query, binding);
    }

    /** The plan of the query after running it, with the rows each table and subquery read. */
    public static String analyzedPlan(Database database, String query, UnaryOperator<Query> binding) {
        return explain(database, "EXPLAIN ANALYZE ", query, binding);
    }

    /** The rows an analyzed plan read, all tables and subqueries together. */
    public static int rowsRead(String analyzedPlan) {
        int rows = 0;
        Matcher counts = SCAN_COUNT.matcher(analyzedPlan);
        while (counts.find()) {
            rows += Integer.parseInt(counts.group(1));
        }
        return rows;
    }

    private static String explain(Database database, String explain, String query, UnaryOperator<Query> binding) {
        return database.jdbi().withHandle(handle -> binding.apply(handle.createQuery(explain + query))
                .mapTo(String.class).one());
    }
}
