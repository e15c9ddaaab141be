package io.ownerscope.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Saves what the browser showed when a test failed, as {@code target/ui-screenshots/<class>-<test>.png}. */
final class ScreenshotOnFailure implements TestWatcher {

    static final Path FOLDER = Path.of("target", "ui-screenshots");

    /** A test class whose browser this extension photographs. */
    interface WithBrowser {
        WebDriver browser();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (!(context.getRequiredTestInstance() instanceof WithBrowser test) || test.browser() == null) {
            return;
        }
        try {
            Files.createDirectories(FOLDER);
            var shot = ((TakesScreenshot) test.browser()).getScreenshotAs(OutputType.FILE).toPath();
            var name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod()
                    .getName() + ".png";
            Files.copy(shot, FOLDER.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
