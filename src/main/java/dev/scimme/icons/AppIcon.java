package dev.scimme.icons;

import com.vaadin.flow.component.icon.SvgIcon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The icons the app shows, drawn as in Vaadin's icon set but served from one small sprite
 * ({@code META-INF/resources/icons/app-icons.svg}, about 3 KB) instead of the set itself.
 *
 * <p>Why not {@code VaadinIcon.X.create()}: Vaadin's {@code Icon} component imports the whole set
 * ({@code vaadin-iconset.js}, about 600 icons: 240 KB of script, 53 KB compressed) into the frontend
 * bundle, and every first page load downloads and parses it for the ten icons used here. An
 * {@link SvgIcon} is the same {@code <vaadin-icon>} element, so size, colour and accessibility stay
 * as they were (decorative: every icon sits next to its text).
 */
public enum AppIcon {
    HOME("home"),
    SERVER("server"),
    BROWSER("browser"),
    SIGN_IN("sign-in"),
    SIGN_OUT("sign-out"),
    REFRESH("refresh"),
    EDIT("edit"),
    CHECK("check"),
    PLUS("plus"),
    TRASH("trash");

    /**
     * Relative, as Vaadin's page sets {@code <base href>} to the app's root. Versioned by its content
     * ({@code ?v-c=}, as Vaadin addresses its stylesheets), so that browsers keep it for a year
     * ({@code base.web.ImmutableAssetCaching}) instead of asking again on every page load, once per
     * symbol shown.
     */
    static final String SPRITE = "icons/app-icons.svg?v-c=" + contentVersion("/META-INF/resources/icons/app-icons.svg");

    private final String symbol;

    AppIcon(String symbol) {
        this.symbol = symbol;
    }

    /** The id of the icon's {@code <symbol>} in the sprite; what a view's {@code @Menu(icon = …)} names. */
    public String symbol() {
        return symbol;
    }

    public SvgIcon create() {
        return new SvgIcon(SPRITE, symbol);
    }

    private static String contentVersion(String resource) {
        try (InputStream in = AppIcon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The icon a {@code @Menu(icon = …)} names; a name that is none of them is a programming error. */
    public static AppIcon ofSymbol(String symbol) {
        return Arrays.stream(values())
                .filter(icon -> icon.symbol.equals(symbol))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no app icon named " + symbol));
    }
}
