package io.ownerscope.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}): headless, 1280×800, a fresh profile, nothing fetched from the network and no driver
 * downloaded (both paths are given, so Selenium Manager never runs).
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /** A new browser whose downloads land in {@code downloads}. */
    static ChromeDriver start(Path downloads) {
        System.setProperty("SE_AVOID_STATS", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("ownerscope-chromium-");
            Files.createDirectories(downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,800", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath()
                .toString(), "download.prompt_for_download", false));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
