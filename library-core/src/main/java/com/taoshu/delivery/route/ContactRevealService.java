package com.taoshu.delivery.route;

import com.taoshu.delivery.DeliveryErrorCode;
import com.taoshu.delivery.ReaderAddress;
import com.taoshu.delivery.internal.ReaderAddressMapper;
import com.taoshu.shared.crypto.FieldCipher;
import com.taoshu.shared.security.StaffPrincipal;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A courier calls the reader (or the family contact) from the door: the full number of their own stop, only while the
 * visit is under way (route started, stop not finished), and every reveal is recorded before the number leaves. Before
 * setting off and after the stop is finished the number stays masked. Another courier's stop is "not found".
 */
@Service
public class ContactRevealService {

    private final DeliveryStopMapper stops;
    private final DeliveryRouteMapper routes;
    private final ReaderAddressMapper addresses;
    private final ContactRevealMapper reveals;
    private final FieldCipher cipher;
    private final Clock clock;

    public ContactRevealService(DeliveryStopMapper stops, DeliveryRouteMapper routes, ReaderAddressMapper addresses,
                                ContactRevealMapper reveals, FieldCipher cipher, Clock clock) {
        this.stops = stops;
        this.routes = routes;
        this.addresses = addresses;
        this.reveals = reveals;
        this.cipher = cipher;
        this.clock = clock;
    }

    public record ContactView(long stopId, ContactReveal.Contact contact, String name, String phone) {
    }

    @Transactional
    public ContactView reveal(long stopId, ContactReveal.Contact which, StaffPrincipal courier) {
        DeliveryStop stop = stops.selectById(stopId);
        DeliveryRoute route = stop == null ? null : routes.selectById(stop.getRouteId());
        if (route == null || route.getCourierId() != courier.staffId()) {
            throw DeliveryErrorCode.STOP_NOT_FOUND.exception();
        }
        if (route.getStatus() == DeliveryRoute.Status.PLANNED || stop.getStatus() == DeliveryStop.Status.PLANNED) {
            throw ContactErrorCode.NOT_YET_OUT.exception();
        }
        if (route.getStatus() != DeliveryRoute.Status.STARTED || stop.getStatus() != DeliveryStop.Status.OUT) {
            throw ContactErrorCode.VISIT_OVER.exception();
        }
        ReaderAddress address = addresses.selectById(stop.getAddressId());
        String name = which == ContactReveal.Contact.SECOND ? address.getContact2Name() : address.getContactName();
        String stored = which == ContactReveal.Contact.SECOND ? address.getContact2PhoneCipher() : address.getPhoneCipher();
        if (stored == null) {
            throw ContactErrorCode.NO_SECOND_CONTACT.exception();
        }
        String phone = cipher.decrypt(stored);
        reveals.insert(ContactReveal.of(stop, courier.staffId(), which, LocalDateTime.now(clock)));
        return new ContactView(stopId, which, name, phone);
    }
}
