import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.image.HeroImages;
import com.healthpress.image.HeroUpload;
import com.healthpress.image.ImageWorkers;
import com.healthpress.image.VariantFile;
import com.healthpress.storage.Database;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Times what an editor waits for when saving a hero image: the checks, the decode (subsampled) and the making of
 * every variant, on the image worker, as HeroImages.check does it for the editor's save. Photo-like test pictures
 * (gradients, shapes and noise). Run by bench/images.sh with the built jar on the class path.
 */
public class ImageUploads {

    private static final String[][] PICTURES = {
            {"12mp.jpg", "12 MP baseline JPEG (4000 × 3000)"},
            {"24mp.jpg", "24 MP baseline JPEG (6000 × 4000)"},
            {"40mp.jpg", "40 MP progressive JPEG (6400 × 6250, the largest accepted)"},
            {"2mp.png", "2 MP PNG (1800 × 1200)"}};

    /** {@code make DIR} draws the pictures (in a JVM with room for them); {@code DIR RUNS} times them. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[args.length == 2 && args[0].equals("make") ? 1 : 0]);
        if (args[0].equals("make")) {
            Files.write(dir.resolve("12mp.jpg"), jpeg(4000, 3000, false));
            Files.write(dir.resolve("24mp.jpg"), jpeg(6000, 4000, false));
            Files.write(dir.resolve("40mp.jpg"), jpeg(6400, 6250, true));
            Files.write(dir.resolve("2mp.png"), png(1800, 1200));
            return;
        }
        int runs = Integer.parseInt(args[1]);
        try (Database database = Database.open("jdbc:h2:mem:image-bench;DB_CLOSE_DELAY=-1");
             ImageWorkers workers = new ImageWorkers()) {
            Clock clock = Clock.systemUTC();
            ArticleService articles = new ArticleService(database.jdbi(), clock, new ChangeFeed(database.jdbi(), clock));
            HeroImages images = new HeroImages(database.jdbi(), articles, workers, clock);
            for (String[] picture : PICTURES) {
                time(images, picture[1], Files.readAllBytes(dir.resolve(picture[0])), runs);
            }
        }
    }

    private static void time(HeroImages images, String what, byte[] file, int runs) throws Exception {
        double[] millis = new double[runs];
        HeroUpload upload = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            upload = images.check(file, "A bench picture");
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        long variantBytes = upload.variants().stream().mapToLong(v -> v.bytes().length).sum();
        long phone = upload.variants().stream().filter(v -> v.variant().name().equals("800w")
                && v.variant().format().contentType().equals("image/webp")).mapToLong(v -> v.bytes().length).sum();
        double first = millis[0];
        double[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        System.out.printf("RESULT\t%s, %,d KB: %d variants, %,d KB in all; a dense phone screen fetches %,d KB (800w "
                        + "WebP); check + variants first (cold) %.0f ms, then median %.0f ms of %d (%.0f–%.0f)%n",
                what, file.length / 1024, upload.variants().size(), variantBytes / 1024, phone / 1024, first,
                warm[warm.length / 2], warm.length, warm[0], warm[warm.length - 1]);
    }

    private static byte[] jpeg(int width, int height, boolean progressive) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(photo(width, height), null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(photo(width, height), "png", out);
        return out.toByteArray();
    }

    /** Gradients, translucent shapes and a little noise: compresses roughly as a photo does. */
    private static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 80, 120), width, height, new Color(220, 200, 170)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 300; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
            g.fillOval(random.nextInt(width), random.nextInt(height), width / 20 + random.nextInt(width / 6),
                    height / 20 + random.nextInt(height / 6));
        }
        g.dispose();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(13) - 6;
                int p = row[x];
                row[x] = (clamp((p >> 16 & 255) + n) << 16) | (clamp((p >> 8 & 255) + n) << 8) | clamp((p & 255) + n);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
