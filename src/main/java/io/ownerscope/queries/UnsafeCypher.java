package io.ownerscope.queries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;
import org.neo4j.cypher.internal.parser.v25.Cypher25Lexer;
import org.neo4j.cypher.internal.parser.v25.Cypher25Parser;
import org.neo4j.cypher.internal.parser.v5.Cypher5Lexer;
import org.neo4j.cypher.internal.parser.v5.Cypher5Parser;

/**
 * Finds what a saved query may not do although Neo4j plans it read-only: {@code LOAD CSV} (it reads the server's
 * files and fetches URLs), {@code CALL { ... } IN TRANSACTIONS}, a procedure or function outside
 * {@link AllowedCalls}, {@code SHOW ...} and other administration commands, and {@code USE} of a database.
 *
 * <p>The text is read with Neo4j's own Cypher grammars (the ANTLR parsers of Cypher 5 and Cypher 25 that the
 * database uses, on the class path with it), so that string literals, comments, escaped names and a variable
 * called {@code show} are what Neo4j takes them for. Each grammar that reads the text is searched; a text neither
 * reads is left to Neo4j's planner to reject, and refused if the planner accepts it ({@link Verdict#readable()}).
 */
final class UnsafeCypher {

    /** A leading {@code CYPHER 25 runtime=slotted}: options that Neo4j's pre-parser takes off before the grammar. */
    private static final Pattern PRE_PARSER_OPTIONS =
            Pattern.compile("(?i)^\\s*CYPHER(\\s+(\\d+))?(\\s+[\\w.]+\\s*=\\s*[\\w.]+)*");

    /** @param readable false when no Cypher grammar could read the text, so that nothing could be checked */
    record Verdict(boolean readable, Optional<String> refusal) {
    }

    private enum Grammar {
        CYPHER_5(Cypher5Lexer::new, Cypher5Parser::new, parser -> ((Cypher5Parser) parser).statements()),
        CYPHER_25(Cypher25Lexer::new, Cypher25Parser::new, parser -> ((Cypher25Parser) parser).statements());

        private final Function<CharStream, Lexer> lexer;
        private final Function<TokenStream, Parser> parser;
        private final Function<Parser, ParserRuleContext> statements;

        Grammar(Function<CharStream, Lexer> lexer, Function<TokenStream, Parser> parser,
                Function<Parser, ParserRuleContext> statements) {
            this.lexer = lexer;
            this.parser = parser;
            this.statements = statements;
        }
    }

    private UnsafeCypher() {
    }

    static Verdict check(String text) {
        var statement = withoutPreParserOptions(text);
        boolean readable = false;
        for (var grammar : Grammar.values()) {
            var tree = parse(grammar, statement);
            if (tree.isPresent()) {
                readable = true;
                var refusal = firstRefusal(tree.get());
                if (refusal.isPresent()) {
                    return new Verdict(true, refusal);
                }
            }
        }
        return new Verdict(readable, Optional.empty());
    }

    /** The text with a leading {@code CYPHER ...} blanked out, comments and strings before it taken into account. */
    private static String withoutPreParserOptions(String text) {
        var code = CypherText.blankCommentsAndStrings(text);
        var header = code.length() - code.stripLeading().length();
        var options = PRE_PARSER_OPTIONS.matcher(code.substring(header));
        if (!options.find()) {
            return text;
        }
        var end = header + options.end();
        return text.substring(0, header) + " ".repeat(end - header) + text.substring(end);
    }

    private static Optional<ParserRuleContext> parse(Grammar grammar, String text) {
        var errors = new SyntaxErrors();
        var lexer = grammar.lexer.apply(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        var parser = grammar.parser.apply(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        var tree = grammar.statements.apply(parser);
        return errors.any ? Optional.empty() : Optional.of(tree);
    }

    private static final class SyntaxErrors extends BaseErrorListener {
        private boolean any;

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int column, String message,
                RecognitionException e) {
            any = true;
        }
    }

    /** The first refused construct, depth first; the rule contexts are named alike in both grammars. */
    private static Optional<String> firstRefusal(ParserRuleContext tree) {
        var pending = new ArrayList<ParserRuleContext>(List.of(tree));
        while (!pending.isEmpty()) {
            var node = pending.removeLast();
            var refusal = refusal(node);
            if (refusal.isPresent()) {
                return refusal;
            }
            for (int i = node.getChildCount() - 1; i >= 0; i--) {
                if (node.getChild(i) instanceof ParserRuleContext child) {
                    pending.add(child);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> refusal(ParserRuleContext node) {
        var rule = node.getClass().getSimpleName().replaceFirst("Context$", "");
        return Optional.ofNullable(switch (rule) {
            case "LoadCSVClause" -> "uses LOAD CSV, which reads files and URLs from the database server; saved "
                    + "queries read the graph only";
            case "SubqueryInTransactionsParameters" -> "uses CALL { ... } IN TRANSACTIONS, which commits work of its "
                    + "own; saved queries run in one read transaction";
            case "UseClause" -> "uses USE " + node.getChild(node.getChildCount() - 1).getText() + "; saved queries "
                    + "run on the configured database only";
            case "CallClause" -> child(node, "ProcedureName").map(UnsafeCypher::name)
                    .filter(name -> !AllowedCalls.procedure(name))
                    .map(name -> "calls the procedure " + name + ", which is not among those a saved query may call ("
                            + String.join(", ", AllowedCalls.PROCEDURES.stream().sorted().toList()) + ")")
                    .orElse(null);
            case "FunctionInvocation" -> child(node, "FunctionName").map(UnsafeCypher::name)
                    .filter(name -> !AllowedCalls.function(name))
                    .map(name -> "calls the function " + name + ", which is neither Cypher's own nor among those a "
                            + "saved query may call")
                    .orElse(null);
            default -> isAdministration(rule) ? "is an administration command (" + leadingWords(node) + " ...); saved "
                    + "queries only read the graph" : null;
        });
    }

    /** {@code SHOW ...}, {@code TERMINATE ...}, {@code CREATE USER}, {@code GRANT ...}: whatever is a command. */
    private static boolean isAdministration(String rule) {
        return rule.equals("Command") || rule.startsWith("Show") || rule.startsWith("Terminate")
                || rule.endsWith("Command") || rule.endsWith("CommandClauses");
    }

    private static Optional<ParserRuleContext> child(ParserRuleContext node, String rule) {
        for (int i = 0; i < node.getChildCount(); i++) {
            if (node.getChild(i) instanceof ParserRuleContext child
                    && child.getClass().getSimpleName().equals(rule + "Context")) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** A dotted name as Neo4j resolves it: escaped parts without their backticks. */
    private static String name(ParserRuleContext name) {
        return name.getText().replace("`", "");
    }

    /** The first words of a command as written, e.g. {@code SHOW SETTINGS}. */
    private static String leadingWords(ParserRuleContext node) {
        var text = node.getStart().getInputStream()
                .getText(Interval.of(node.getStart().getStartIndex(), node.getStop().getStopIndex()));
        var words = text.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(2, words.length)));
    }
}
