package dev.aitest.site;

import dev.aitest.report.PageSink;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/** The site page as Doxia events: how Maven's site renders {@link dev.aitest.report.SitePage} in its own skin. */
final class DoxiaPageSink implements PageSink {

    private final Sink sink;

    DoxiaPageSink(Sink sink) {
        this.sink = sink;
    }

    @Override
    public void title(String text) {
        sink.head();
        sink.title();
        sink.text(text);
        sink.title_();
        sink.head_();
        sink.body();
    }

    /** Closes the page (the body opened by {@link #title}) and hands it to the site. */
    void end() {
        sink.body_();
        sink.flush();
        sink.close();
    }

    @Override
    public void section(int level, String heading) {
        sink.section(level, null);
        sink.sectionTitle(level, null);
        sink.text(heading);
        sink.sectionTitle_(level);
    }

    @Override
    public void sectionEnd(int level) {
        sink.section_(level);
    }

    @Override
    public void paragraph(String strong, String text) {
        sink.paragraph();
        if (strong != null) {
            sink.bold();
            sink.text(strong);
            sink.bold_();
        }
        sink.text(text);
        sink.paragraph_();
    }

    @Override
    public void link(String before, String href, String label, String after) {
        sink.paragraph();
        sink.text(before);
        sink.link(href);
        sink.text(label);
        sink.link_();
        sink.text(after);
        sink.paragraph_();
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        sink.table();
        sink.tableRows(null, false);
        sink.tableRow();
        for (String cell : header) {
            sink.tableHeaderCell();
            sink.text(cell);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
        for (List<String> row : rows) {
            sink.tableRow();
            for (String cell : row) {
                sink.tableCell();
                sink.text(cell);
                sink.tableCell_();
            }
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    @Override
    public void verbatim(String text) {
        sink.verbatim();
        sink.text(text);
        sink.verbatim_();
    }
}
