package io.ownerscope.queries;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

import org.neo4j.driver.summary.Plan;

/**
 * The same refusals as {@link UnsafeCypher}, read from the plan Neo4j made of the query ({@code EXPLAIN}): a second
 * opinion from the database's own compiler, for anything the grammar check might not have seen.
 */
final class UnsafePlan {

    private static final List<String> TRANSACTIONAL = List.of("TransactionApply", "TransactionForeach");

    private UnsafePlan() {
    }

    static Optional<String> refusal(Plan root) {
        var pending = new ArrayDeque<Plan>(List.of(root));
        while (!pending.isEmpty()) {
            var plan = pending.pop();
            var operator = operator(plan);
            if (operator.equals("LoadCSV")) {
                return Optional.of("is planned with LOAD CSV, which reads files and URLs from the database server; "
                        + "saved queries read the graph only");
            }
            if (TRANSACTIONAL.contains(operator)) {
                return Optional.of("is planned with " + operator + " (CALL { ... } IN TRANSACTIONS); saved queries run "
                        + "in one read transaction");
            }
            if (operator.startsWith("Show") || operator.startsWith("Terminate")) {
                return Optional.of("is planned as an administration command (" + operator + "); saved queries only "
                        + "read the graph");
            }
            if (operator.equals("ProcedureCall")) {
                var procedure = procedure(plan);
                if (!AllowedCalls.procedure(procedure)) {
                    return Optional.of("is planned with a call of the procedure " + procedure + ", which is not among "
                            + "those a saved query may call");
                }
            }
            pending.addAll(plan.children());
        }
        return Optional.empty();
    }

    /** {@code LoadCSV@neo4j} is {@code LoadCSV}. */
    private static String operator(Plan plan) {
        var type = plan.operatorType();
        var at = type.indexOf('@');
        return at < 0 ? type : type.substring(0, at);
    }

    /** The details of a procedure call begin with its name: {@code db.labels() :: (label :: STRING)}. */
    private static String procedure(Plan plan) {
        var details = plan.arguments().get("Details");
        var text = details == null ? "" : details.asString().strip();
        var parenthesis = text.indexOf('(');
        return (parenthesis < 0 ? text : text.substring(0, parenthesis)).replace("`", "").strip();
    }
}
