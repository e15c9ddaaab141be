package io.ownerscope.queries;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows as an aligned text table for a terminal; long cells are cut with an ellipsis. */
final class TableRows implements RowSink {

    static final int MAX_WIDTH = 48;

    private final PrintWriter out;
    private List<String> columns = List.of();
    private final List<List<String>> rows = new ArrayList<>();

    TableRows(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void start(List<String> columns) {
        this.columns = List.copyOf(columns);
        rows.clear();
    }

    @Override
    public void row(List<Object> values) {
        rows.add(values.stream().map(v -> cut(Values.text(v))).toList());
    }

    @Override
    public void finish(RunSummary summary) {
        var widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (var row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        print(columns, widths);
        var rule = new ArrayList<String>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        print(rule, widths);
        rows.forEach(row -> print(row, widths));
        out.println("(" + summary.rows() + (summary.rows() == 1 ? " row" : " rows") + ")");
        out.flush();
    }

    private void print(List<String> cells, int[] widths) {
        var line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append(i == cells.size() - 1 ? cells.get(i) : pad(cells.get(i), widths[i]));
        }
        out.println(line.toString().stripTrailing());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String cut(String text) {
        var oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_WIDTH ? oneLine : oneLine.substring(0, MAX_WIDTH - 1) + "…";
    }
}
