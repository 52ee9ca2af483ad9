import com.healthpress.admin.EditorLimits;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.Author;
import com.healthpress.markdown.MarkdownRenderer;
import com.healthpress.markdown.RenderedBody;
import com.healthpress.seo.analysis.SeoAnalyzer;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Times the per-heading work of an article body at the editor's limit made only of headings ("## h" lines): the
 * Markdown render (anchors, table of contents, sanitiser) that the article page and the preview do, and the
 * editor's SEO analysis. Run by bench/render.sh with the built jar on the class path.
 */
public class RenderHeadings {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int headings = EditorLimits.INSTANCE.bodyMax() / "## h\n".length();
        String body = "## h\n".repeat(headings);
        MarkdownRenderer markdown = new MarkdownRenderer();
        SeoAnalyzer analyzer = new SeoAnalyzer();
        Article article = Article.builder().slug("headings").title("Headings").lead("Lead.").body(body)
                .author(Author.person("Bench")).status(ArticleStatus.DRAFT).version(1).build();
        double[] renders = new double[runs];
        double[] analyses = new double[runs];
        int sections = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            RenderedBody rendered = markdown.render(body);
            renders[run] = millisSince(start);
            sections = rendered.sections().size();
            start = System.nanoTime();
            analyzer.analyze(article, LocalDate.now());
            analyses[run] = millisSince(start);
        }
        System.out.printf("RESULT\tbody of %,d headings (%,d characters, the editor's limit), %,d sections%n",
                headings, body.length(), sections);
        print("markdown render", renders);
        print("seo analysis", analyses);
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void print(String what, double[] millis) {
        double first = millis[0];
        double[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        System.out.printf("RESULT\t%s: first (cold JVM) %.0f ms, then median %.0f ms of %d (%.0f–%.0f)%n", what, first,
                warm[warm.length / 2], warm.length, warm[0], warm[warm.length - 1]);
    }
}
