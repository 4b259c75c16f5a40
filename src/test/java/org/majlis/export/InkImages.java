package org.majlis.export;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Compares rendered text by its ink: both images are cropped to the bounding box of their dark pixels, scaled to the
 * same size, blurred a little (anti-aliasing and hinting differ between PDFBox and Java2D) and correlated. 1 is the
 * same picture; a blank page has no ink at all.
 */
final class InkImages {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 72;
    private static final int INK = 150;

    private InkImages() {
    }

    /** Amiri from the project's resources, at {@code pixels} size. */
    static Font amiri(InputStream file, float pixels) {
        try (file) {
            return Font.createFont(Font.TRUETYPE_FONT, file).deriveFont(pixels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text as Java2D lays it out: bidi and Arabic shaping (HarfBuzz) with the font's own glyphs. */
    static BufferedImage shaped(String text, Font font) {
        var image = canvas(font);
        var g = image.createGraphics();
        hints(g);
        var layout = new TextLayout(text, font, g.getFontRenderContext());
        g.setColor(Color.BLACK);
        layout.draw(g, font.getSize2D(), font.getSize2D() * 2);
        g.dispose();
        return image;
    }

    /**
     * The text as it looks without shaping: every letter on its own (isolated forms), placed right to left in the
     * order typed.
     */
    static BufferedImage isolatedLetters(String text, Font font) {
        var image = canvas(font);
        var g = image.createGraphics();
        hints(g);
        g.setColor(Color.BLACK);
        var frc = new FontRenderContext(null, true, true);
        float x = image.getWidth() - font.getSize2D();
        for (var letter : text.codePoints().mapToObj(Character::toString).toList()) {
            var layout = new TextLayout(letter, font, frc);
            x -= layout.getAdvance();
            layout.draw(g, x, font.getSize2D() * 2);
        }
        g.dispose();
        return image;
    }

    /** The text as a font without Arabic shows it: a box (.notdef) for every letter. */
    static BufferedImage boxes(String text, Font font) {
        var image = canvas(font);
        var g = image.createGraphics();
        g.setColor(Color.BLACK);
        float size = font.getSize2D();
        float x = size;
        for (var letter : text.toCharArray()) {
            if (letter != ' ') {
                g.drawRect(Math.round(x), Math.round(size * 1.3f), Math.round(size * 0.45f), Math.round(size * 0.7f));
            }
            x += size * 0.55f;
        }
        g.dispose();
        return image;
    }

    private static BufferedImage canvas(Font font) {
        var size = font.getSize2D();
        var image = new BufferedImage(Math.round(size * 40), Math.round(size * 3), BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
        return image;
    }

    private static void hints(java.awt.Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** The bounding box of the dark pixels, or {@code null} when there are none (a blank image). */
    static Rectangle ink(BufferedImage image) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (darkness(image.getRGB(x, y)) > 255 - INK) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** The image cropped to its ink, scaled to a fixed size. */
    static BufferedImage normalised(BufferedImage image) {
        var box = ink(image);
        if (box == null) {
            throw new AssertionError("no ink: the image is blank");
        }
        var scaled = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image.getSubimage(box.x, box.y, box.width, box.height), 0, 0, WIDTH, HEIGHT, null);
        g.dispose();
        return scaled;
    }

    /** Pearson correlation of the blurred darkness of two normalised images (1 = the same). */
    static double similarity(BufferedImage a, BufferedImage b) {
        var x = blurred(normalised(a));
        var y = blurred(normalised(b));
        double meanX = mean(x), meanY = mean(y), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /** The ratio of width to height of the ink. */
    static double aspect(BufferedImage image) {
        var box = ink(image);
        return box == null ? 0 : (double) box.width / box.height;
    }

    private static double[] blurred(BufferedImage image) {
        int r = 2;
        var out = new double[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double sum = 0;
                int n = 0;
                for (int dy = -r; dy <= r; dy++) {
                    for (int dx = -r; dx <= r; dx++) {
                        int xx = x + dx, yy = y + dy;
                        if (xx >= 0 && yy >= 0 && xx < WIDTH && yy < HEIGHT) {
                            sum += darkness(image.getRGB(xx, yy));
                            n++;
                        }
                    }
                }
                out[y * WIDTH + x] = sum / n;
            }
        }
        return out;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (var v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static int darkness(int rgb) {
        int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        return 255 - (r * 299 + g * 587 + b * 114) / 1000;
    }

    static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
