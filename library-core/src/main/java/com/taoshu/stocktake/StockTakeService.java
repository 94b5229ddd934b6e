package com.taoshu.stocktake;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.taoshu.catalog.Branches;
import com.taoshu.catalog.CatalogErrorCode;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.stocktake.StockTakeViews.LineView;
import com.taoshu.stocktake.StockTakeViews.Report;
import com.taoshu.stocktake.StockTakeViews.ScanResult;
import com.taoshu.stocktake.StockTakeViews.StockTakeView;
import com.taoshu.stocktake.internal.Reconciliation;
import com.taoshu.stocktake.internal.StockTakeMapper;
import com.taoshu.stocktake.internal.StockTakeQueries;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock-taking (盘点): start (snapshot of the copies expected on the shelf), scan batches of barcodes, finish (the
 * report), cancel. Nothing here locks a copy row; see {@link StockTakeQueries}.
 */
@Service
public class StockTakeService {

    private static final int CHUNK = 1000;

    private final StockTakeStore store;
    private final StockTakeMapper mapper;
    private final StockTakeQueries queries;
    private final Branches branches;
    private final Clock clock;

    public StockTakeService(StockTakeStore store, StockTakeMapper mapper, StockTakeQueries queries, Branches branches,
                            Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.queries = queries;
        this.branches = branches;
        this.clock = clock;
    }

    public record StartRequest(Long branchId, Long categoryId, String shelfFrom, String shelfTo) {
    }

    @Transactional
    public StockTakeView start(StartRequest request, StaffPrincipal by) {
        Long branchId = BranchScope.list(by, request.branchId(), StockTakeErrorCode.OTHER_BRANCH);
        if (branchId == null) {
            throw CatalogErrorCode.BRANCH_INVALID.exception("请选择要盘点的分馆");
        }
        branches.findEnabled(branchId).orElseThrow(CatalogErrorCode.BRANCH_INVALID::exception);
        StockTake.Scope scope = new StockTake.Scope(branchId, request.categoryId(), request.shelfFrom(), request.shelfTo());
        StockTake take = StockTake.start(scope, Actor.staff(by), LocalDateTime.now(clock));
        List<StockTakeQueries.Expected> expected = queries.onShelf(scope);
        take.expect(expected.size());
        store.insert(take);
        for (int i = 0; i < expected.size(); i += CHUNK) {
            queries.insertExpected(take.getId(), expected.subList(i, Math.min(expected.size(), i + CHUNK)));
        }
        return StockTakeView.of(mapper.selectById(take.getId()), 0);
    }

    /** Records each barcode once; unknown barcodes are reported back, they do not fail the batch. */
    @Transactional
    public ScanResult scan(long id, List<String> barcodes, StaffPrincipal by) {
        StockTake take = store.lock(by, id);
        take.checkOpen();
        Set<String> batch = new LinkedHashSet<>();
        barcodes.stream().filter(b -> b != null && !b.isBlank()).map(String::trim).forEach(batch::add);
        if (batch.isEmpty()) {
            throw StockTakeErrorCode.NO_BARCODES.exception();
        }
        // barcodes compare as the database does (case-insensitively): a copy's own spelling is what is stored
        Map<String, StockTakeQueries.BarcodeRow> known = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        queries.copiesByBarcode(batch).forEach(r -> known.put(r.barcode(), r));
        List<Reconciliation.Scan> scans = new ArrayList<>();
        List<String> recognised = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String barcode : batch) {
            StockTakeQueries.BarcodeRow copy = known.get(barcode);
            String stored = copy == null ? barcode : copy.barcode();
            if (!seen.add(stored)) {
                continue;
            }
            scans.add(new Reconciliation.Scan(stored, copy == null ? null : copy.id()));
            (copy == null ? unknown : recognised).add(stored);
        }
        queries.insertScans(id, scans, by.staffId(), LocalDateTime.now(clock));
        return new ScanResult(id, recognised, unknown, queries.scannedCopies(id));
    }

    /** Writes the report from the scans, the snapshot and the copies' records now. Finishing again answers the same. */
    @Transactional
    public Report finish(long id, StaffPrincipal by) {
        StockTake take = store.lock(by, id);
        if (take.getStatus() == StockTake.Status.OPEN) {
            Map<Long, Integer> expected = new HashMap<>();
            queries.expected(id).forEach(e -> expected.put(e.copyId(), e.version()));
            List<Reconciliation.Scan> scans = queries.scans(id);
            Set<Long> ids = new LinkedHashSet<>(expected.keySet());
            scans.stream().filter(s -> s.copyId() != null).forEach(s -> ids.add(s.copyId()));
            Map<Long, Reconciliation.CopyState> copies = new HashMap<>();
            List<Long> all = new ArrayList<>(ids);
            for (int i = 0; i < all.size(); i += CHUNK) {
                queries.copies(take.scope(), all.subList(i, Math.min(all.size(), i + CHUNK)))
                        .forEach(r -> copies.put(r.copyId(), r.state()));
            }
            List<Reconciliation.Line> lines = Reconciliation.reconcile(take.getBranchId(), expected, scans, copies);
            for (int i = 0; i < lines.size(); i += CHUNK) {
                queries.insertLines(id, lines.subList(i, Math.min(lines.size(), i + CHUNK)));
            }
            take.finish(Reconciliation.count(lines), Actor.staff(by), LocalDateTime.now(clock));
            store.save(take);
        } else {
            take.checkFinished();
        }
        return report(id, by);
    }

    @Transactional
    public StockTakeView cancel(long id, StaffPrincipal by) {
        StockTake take = store.lock(by, id);
        if (take.getStatus() != StockTake.Status.CANCELLED) {
            take.cancel(Actor.staff(by), LocalDateTime.now(clock));
            store.save(take);
        }
        return view(take);
    }

    public StockTakeView detail(long id, StaffPrincipal by) {
        return view(store.get(by, id));
    }

    public Report report(long id, StaffPrincipal by) {
        StockTake take = store.get(by, id);
        take.checkFinished();
        Map<Reconciliation.Kind, List<LineView>> byKind = new HashMap<>();
        for (Reconciliation.Kind kind : Reconciliation.Kind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        queries.lines(id).forEach(r -> byKind.get(r.kind()).add(LineView.of(r)));
        return new Report(view(take), byKind.get(Reconciliation.Kind.FOUND), byKind.get(Reconciliation.Kind.MISSING),
                byKind.get(Reconciliation.Kind.UNEXPECTED), byKind.get(Reconciliation.Kind.UNKNOWN));
    }

    public PageResult<StockTakeView> list(Long branchId, StockTake.Status status, StaffPrincipal by, PageQuery page) {
        Long branch = BranchScope.list(by, branchId, StockTakeErrorCode.OTHER_BRANCH);
        Page<StockTake> result = mapper.selectPage(page.toPage(), Wrappers.<StockTake>lambdaQuery()
                .eq(branch != null, StockTake::getBranchId, branch)
                .eq(status != null, StockTake::getStatus, status)
                .orderByDesc(StockTake::getId));
        return PageResult.of(result, this::view);
    }

    private StockTakeView view(StockTake take) {
        return StockTakeView.of(take, queries.scannedCopies(take.getId()));
    }
}
