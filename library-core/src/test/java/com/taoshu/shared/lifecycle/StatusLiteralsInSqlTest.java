package com.taoshu.shared.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.catalog.CopyStatus;
import com.taoshu.delivery.DeliveryApplication;
import com.taoshu.delivery.pickup.ReturnPickup;
import com.taoshu.delivery.route.DeliveryRoute;
import com.taoshu.delivery.route.DeliveryStop;
import com.taoshu.loan.LoanStatus;
import com.taoshu.loan.loss.CompensationStatus;
import com.taoshu.news.Activity;
import com.taoshu.news.ActivitySignup;
import com.taoshu.news.News;
import com.taoshu.notify.NoticeKind;
import com.taoshu.notify.NoticeStatus;
import com.taoshu.order.Fulfilment;
import com.taoshu.order.LineStatus;
import com.taoshu.order.OrderStatus;
import com.taoshu.reader.CardStatus;
import com.taoshu.recommend.internal.RecommendMapper;
import com.taoshu.reservation.Reservation;
import com.taoshu.review.BookReview;
import com.taoshu.stocktake.StockTake;
import com.taoshu.suggestion.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No status typed into SQL as a literal ({@code status = 'ACTIVE'}): SQL takes them as parameters from the enums (or,
 * on the static JDBC statements, builds its text from them), so a renamed or added status cannot leave a statement
 * behind. 157 on main before issue 21 part 3, none after it; the kinds, subjects and fulfilments SQL filters on are
 * held to the same rule.
 */
class StatusLiteralsInSqlTest {

    private static final Set<String> STATUS_NAMES = Stream.of(OrderStatus.class, LineStatus.class, LoanStatus.class,
                    Reservation.Status.class, DeliveryRoute.Status.class, DeliveryStop.Status.class, ReturnPickup.Status.class,
                    Suggestion.Status.class, BookReview.Status.class, StockTake.Status.class, DeliveryApplication.Status.class,
                    CopyStatus.class, CompensationStatus.class, NoticeStatus.class, CardStatus.class, Activity.Status.class,
                    ActivitySignup.Status.class, News.Status.class, NoticeKind.class, NoticeKind.SubjectType.class,
                    Fulfilment.class, RecommendMapper.GenerationStatus.class)
            .flatMap(e -> Arrays.stream(e.getEnumConstants()).map(Enum::name))
            .collect(Collectors.toSet());

    private static final Pattern QUOTED = Pattern.compile("'([A-Z][A-Z0-9_]*)'");

    @Test
    void noStatusLiteralInSql() {
        Map<String, Integer> perFile = new TreeMap<>();
        count(Path.of("src/main/java"), ".java", perFile);
        count(Path.of("src/main/resources/mapper"), ".xml", perFile);
        assertThat(perFile).as("status literals in SQL, per file").isEmpty();
    }

    @Test
    void theOpenOrderSetIsWrittenOnlyInOrderStatus() {
        Map<String, Integer> perFile = new TreeMap<>();
        countMatching(Path.of("src/main/java"), "'OUT_FOR_DELIVERY'", perFile);
        assertThat(perFile).isEmpty();
    }

    private static void count(Path root, String suffix, Map<String, Integer> perFile) {
        eachLine(root, suffix, (file, line) -> {
            Matcher m = QUOTED.matcher(line);
            while (m.find()) {
                if (STATUS_NAMES.contains(m.group(1))) {
                    perFile.merge(file, 1, Integer::sum);
                }
            }
        });
    }

    private static void countMatching(Path root, String text, Map<String, Integer> perFile) {
        eachLine(root, ".java", (file, line) -> {
            if (line.contains(text)) {
                perFile.merge(file, 1, Integer::sum);
            }
        });
    }

    private static void eachLine(Path root, String suffix, java.util.function.BiConsumer<String, String> each) {
        assertThat(root).isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String trimmed = line.strip();
                    if (!trimmed.startsWith("*") && !trimmed.startsWith("//") && !trimmed.startsWith("/*")) {
                        each.accept(root.relativize(file).toString(), line);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
