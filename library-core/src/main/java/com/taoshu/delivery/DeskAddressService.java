package com.taoshu.delivery;

import com.taoshu.catalog.Branch;
import com.taoshu.catalog.Branches;
import com.taoshu.reader.Reader;
import com.taoshu.reader.Readers;
import com.taoshu.shared.error.CommonErrorCode;
import com.taoshu.shared.security.StaffPrincipal;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A reader's addresses at the desk: the elderly reader phones, the librarian finds the door on the map and places or
 * corrects it. Only the desk of the reader's home branch (or an ADMIN) sees them — another branch's reader is "not
 * found" ({@link Readers#visibleTo}); the phone stays masked, the street text is shown (the librarian places it).
 */
@Service
public class DeskAddressService {

    private final AddressService addresses;
    private final Readers readers;
    private final Branches branches;

    public DeskAddressService(AddressService addresses, Readers readers, Branches branches) {
        this.addresses = addresses;
        this.readers = readers;
        this.branches = branches;
    }

    /** A branch as the desk's map draws it: where it is and how far it delivers. */
    public record BranchArea(long id, String name, double lat, double lng, int deliveryRadiusM) {

        static BranchArea of(Branch b) {
            return new BranchArea(b.getId(), b.getName(), b.getLat().doubleValue(), b.getLng().doubleValue(), b.getDeliveryRadiusM());
        }
    }

    public record DeskAddressView(long id, String contactName, String phoneMasked, String region, String address,
                                  String placeName, String door, String fullAddress, double lat, double lng,
                                  ReaderAddress.Location locatedBy, long branchId, String branchName, int distanceM,
                                  boolean isDefault) {
    }

    /** The reader's addresses and the home branch's area (null when the reader has not chosen a branch yet). */
    public record ReaderAddresses(long readerId, BranchArea homeBranch, List<DeskAddressView> addresses) {
    }

    public ReaderAddresses list(StaffPrincipal by, long readerId) {
        Reader reader = readers.visibleTo(by, readerId);
        Branch home = reader.getHomeBranchId() == null ? null : branches.find(reader.getHomeBranchId()).orElse(null);
        return new ReaderAddresses(readerId, home == null ? null : BranchArea.of(home),
                addresses.addressesOf(readerId).stream().map(this::view).toList());
    }

    /** A new address needs the phone the courier will call; a correction keeps the phone when none is given. */
    public DeskAddressView add(StaffPrincipal by, long readerId, AddressService.AddressInput input) {
        readers.visibleTo(by, readerId);
        if (input.phone() == null || input.phone().isBlank()) {
            throw CommonErrorCode.VALIDATION_FAILED.exception("联系电话不能为空");
        }
        return view(addresses.create(readerId, input, ReaderAddress.Location.DESK, by.staffId()));
    }

    public DeskAddressView update(StaffPrincipal by, long readerId, long addressId, AddressService.AddressInput input) {
        readers.visibleTo(by, readerId);
        ReaderAddress address = addresses.addressesOf(readerId).stream().filter(a -> a.getId() == addressId).findFirst()
                .orElseThrow(DeliveryErrorCode.ADDRESS_NOT_FOUND::exception);
        return view(addresses.change(address, input, ReaderAddress.Location.DESK, by.staffId(), false));
    }

    private DeskAddressView view(ReaderAddress a) {
        return new DeskAddressView(a.getId(), a.getContactName(), a.getPhoneMasked(), a.getRegion(), addresses.street(a),
                addresses.placeName(a), addresses.door(a), addresses.fullAddress(a), a.getLat().doubleValue(),
                a.getLng().doubleValue(), a.getLocatedBy(), a.getBranchId(), addresses.branchName(a.getBranchId()),
                a.getDistanceM(), Boolean.TRUE.equals(a.getIsDefault()));
    }
}
