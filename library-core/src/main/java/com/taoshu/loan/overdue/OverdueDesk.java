package com.taoshu.loan.overdue;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;
import com.taoshu.reader.CardStatus;
import com.taoshu.reader.CardType;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The overdue desk (逾期管理): overdue loans with the reader, card type and reminders sent; the same list as .xlsx. */
@Service
public class OverdueDesk {

    private static final int CHUNK = 500;
    /** An export is a working list, not a dump: beyond this many rows, narrow the filters. */
    private static final int EXPORT_MAX = 20_000;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OverdueMapper mapper;
    private final OverdueReminders reminders;
    private final Clock clock;

    public OverdueDesk(OverdueMapper mapper, OverdueReminders reminders, Clock clock) {
        this.mapper = mapper;
        this.reminders = reminders;
        this.clock = clock;
    }

    public record Filter(Long branchId, Integer minDays, CardType cardType, OverdueSort sort) {
    }

    public record OverdueView(long loanId, long readerId, String readerName, String phoneMasked, CardType cardType,
                              String cardTypeLabel, CardStatus cardStatus, long bookId, String title, String barcode,
                              long branchId, String branchName, OffsetDateTime borrowedAt, LocalDate dueDate,
                              int daysOverdue, int remindersSent, OffsetDateTime lastReminderAt, int remindersInInbox,
                              int remindersRead, int weChatSent, int smsSent) {

        static OverdueView of(OverdueMapper.OverdueRow r, OverdueReminders.Counts n) {
            return new OverdueView(r.loanId(), r.readerId(), r.readerName(), r.phoneMasked(), r.cardType(),
                    r.cardType().label(), r.cardStatus(), r.bookId(), r.title(), r.barcode(), r.branchId(), r.branchName(),
                    Times.toOffset(r.borrowedAt()), r.dueDate(), r.daysOverdue(), n.sent(),
                    Times.toOffset(n.lastSentAt()), n.inInbox(), n.read(), n.weChatSent(), n.smsSent());
        }
    }

    public PageResult<OverdueView> list(Filter filter, StaffPrincipal by, PageQuery page) {
        OverdueQuery q = query(filter, by);
        List<OverdueMapper.OverdueRow> loans = mapper.page(q, page.size(), page.offset());
        Map<Long, OverdueReminders.Counts> sent = remindersOf(loans);
        List<OverdueView> rows = loans.stream().map(r -> OverdueView.of(r, countsOf(sent, r))).toList();
        return PageResult.of(rows, mapper.count(q), page);
    }

    /** The same rows as {@link #list}, every page, in one sheet. */
    public byte[] export(Filter filter, StaffPrincipal by) {
        OverdueQuery q = query(filter, by);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExcelWriter writer = FastExcel.write(out).head(head()).excelType(ExcelTypeEnum.XLSX).build()) {
            WriteSheet sheet = FastExcel.writerSheet("逾期图书").build();
            long offset = 0;
            List<OverdueMapper.OverdueRow> page;
            do {
                page = mapper.page(q, CHUNK, offset);
                offset += page.size();
                Map<Long, OverdueReminders.Counts> sent = remindersOf(page);
                writer.write(page.stream().map(r -> row(r, countsOf(sent, r))).toList(), sheet);
            } while (page.size() == CHUNK && offset < EXPORT_MAX);
        }
        return out.toByteArray();
    }

    private Map<Long, OverdueReminders.Counts> remindersOf(List<OverdueMapper.OverdueRow> loans) {
        return reminders.about(loans.stream().map(OverdueMapper.OverdueRow::loanId).toList());
    }

    private static OverdueReminders.Counts countsOf(Map<Long, OverdueReminders.Counts> sent, OverdueMapper.OverdueRow r) {
        return sent.getOrDefault(r.loanId(), OverdueReminders.Counts.NONE);
    }

    private OverdueQuery query(Filter filter, StaffPrincipal by) {
        return OverdueQuery.of(BranchScope.list(by, filter.branchId()), filter.minDays(), filter.cardType(), filter.sort(),
                LocalDate.now(clock));
    }

    private static List<List<String>> head() {
        List<List<String>> head = new ArrayList<>();
        for (String h : List.of("借阅号", "读者号", "读者", "手机号", "借阅证", "证状态", "书名", "条码", "分馆", "借出日期",
                "应还日期", "逾期天数", "已发提醒(次)", "最近提醒")) {
            head.add(List.of(h));
        }
        return head;
    }

    private static List<Object> row(OverdueMapper.OverdueRow r, OverdueReminders.Counts n) {
        List<Object> row = new ArrayList<>();
        row.add(r.loanId());
        row.add(r.readerId());
        row.add(r.readerName());
        row.add(r.phoneMasked());
        row.add(r.cardType().label());
        row.add(r.cardStatus().label());
        row.add(r.title());
        row.add(r.barcode());
        row.add(r.branchName());
        row.add(r.borrowedAt().toLocalDate().toString());
        row.add(r.dueDate().toString());
        row.add(r.daysOverdue());
        row.add(n.sent());
        row.add(n.lastSentAt() == null ? "" : n.lastSentAt().format(AT));
        return row;
    }
}
