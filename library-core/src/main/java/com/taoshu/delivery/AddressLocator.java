package com.taoshu.delivery;

import com.taoshu.catalog.Branch;
import com.taoshu.catalog.Branches;
import com.taoshu.delivery.amap.AmapClient;
import com.taoshu.reader.ReaderErrorCode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where an address is and which branch delivers there. The point the client picked on a map (GCJ-02, as
 * {@code wx.chooseLocation} returns it, or a librarian's click) is taken as it is; AMap geocodes the text only when no
 * point was given — so saving an address never needs a map key. The serving branch is the one the reader chose, else
 * the reader's home branch when it covers the point, else the nearest covering one; distances are the great circle
 * the planner's straight-line fallback uses ({@link GeoPoint#metersTo}). Call it outside any transaction (AMap).
 */
@Component
public class AddressLocator {

    private final Branches branches;
    private final AmapClient amap;

    public AddressLocator(Branches branches, AmapClient amap) {
        this.branches = branches;
        this.amap = amap;
    }

    /** Where the address is, how that was found, and the branch that delivers there at what distance. */
    public record Located(GeoPoint point, String region, ReaderAddress.Location how, Branch branch, int distanceM) {
    }

    /**
     * @param picked        the point picked on a map, or {@code null} to geocode {@code text}
     * @param chosenBranch  the branch the address must be served by, or {@code null} for home-or-nearest
     */
    public Located locate(String text, GeoPoint picked, Long homeBranchId, Long chosenBranch, ReaderAddress.Location pickedBy) {
        GeoPoint point;
        String region;
        ReaderAddress.Location how;
        if (picked != null) {
            requirePlausible(picked);
            point = picked;
            region = regionOf(text);
            how = pickedBy;
        } else {
            if (!amap.configured()) {
                throw DeliveryErrorCode.ADDRESS_NEEDS_MAP_PICK.exception();
            }
            AmapClient.Geocode geocode = amap.geocode(text).orElseThrow(DeliveryErrorCode.ADDRESS_NOT_FOUND_ON_MAP::exception);
            point = geocode.point();
            region = geocode.region();
            how = ReaderAddress.Location.GEOCODED;
        }
        Branch branch;
        if (chosenBranch != null) {
            branch = enabled(chosenBranch).orElseThrow(ReaderErrorCode.BRANCH_NOT_FOUND::exception);
            if (distance(branch, point) > branch.getDeliveryRadiusM()) {
                throw DeliveryErrorCode.ADDRESS_OUT_OF_RANGE.exception(tooFar(branch, point));
            }
        } else {
            branch = servingBranch(point, homeBranchId).orElseThrow(() -> outOfRange(point, homeBranchId));
        }
        return new Located(point, region, how, branch, (int) Math.round(distance(branch, point)));
    }

    /** GCJ-02 only makes sense as a real coordinate; (0, 0) is what a client sends when it had none. */
    static void requirePlausible(GeoPoint p) {
        if (!Double.isFinite(p.lat()) || !Double.isFinite(p.lng()) || p.lat() < -90 || p.lat() > 90 || p.lng() < -180
                || p.lng() > 180 || (p.lat() == 0 && p.lng() == 0)) {
            throw DeliveryErrorCode.LOCATION_INVALID.exception();
        }
    }

    Optional<Branch> servingBranch(GeoPoint point, Long homeBranchId) {
        List<Branch> covering = enabledBranches().stream()
                .filter(b -> distance(b, point) <= b.getDeliveryRadiusM())
                .sorted(Comparator.comparingDouble(b -> distance(b, point)))
                .toList();
        return covering.stream().filter(b -> b.getId().equals(homeBranchId)).findFirst().or(() -> covering.stream().findFirst());
    }

    /** No branch delivers there: measured from the reader's home branch, else from the nearest one. */
    private RuntimeException outOfRange(GeoPoint point, Long homeBranchId) {
        Optional<Branch> from = Optional.ofNullable(homeBranchId).flatMap(this::enabled)
                .or(() -> enabledBranches().stream().min(Comparator.comparingDouble(b -> distance(b, point))));
        return from.map(b -> DeliveryErrorCode.ADDRESS_OUT_OF_RANGE.exception(tooFar(b, point)))
                .orElseGet(DeliveryErrorCode.ADDRESS_OUT_OF_RANGE::exception);
    }

    /** "该地址距岳麓社区图书馆约4.2公里，超出3公里的送书范围". */
    public static String tooFar(Branch branch, GeoPoint point) {
        return "该地址距" + branch.getName() + "约" + length(distance(branch, point)) + "，超出" + length(branch.getDeliveryRadiusM())
                + "的送书范围";
    }

    /** 4200 → "4.2公里", 3000 → "3公里", 800 → "800米". */
    static String length(double meters) {
        if (meters < 1000) {
            return Math.round(meters) + "米";
        }
        double km = Math.round(meters / 100.0) / 10.0;
        return (km == Math.rint(km) ? String.valueOf((long) km) : String.format(Locale.ROOT, "%.1f", km)) + "公里";
    }

    /** The leading 省/市/区 of a street text ("湖南省长沙市岳麓区麓山南路932号" → "湖南省长沙市岳麓区"); null when none. */
    static String regionOf(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        int end = -1;
        for (int i = 0; i < Math.min(t.length(), 16); i++) {
            char c = t.charAt(i);
            if (c == '区' || c == '县' || (c == '市' && i > 0)) {
                end = i + 1;
            }
        }
        return end > 0 ? t.substring(0, end) : null;
    }

    public static double distance(Branch branch, GeoPoint point) {
        return new GeoPoint(branch.getLat().doubleValue(), branch.getLng().doubleValue()).metersTo(point);
    }

    private Optional<Branch> enabled(long id) {
        return branches.findEnabled(id);
    }

    private List<Branch> enabledBranches() {
        return branches.enabled();
    }
}
