package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One full phone number shown to a courier for a stop: the privacy audit trail (never deleted). */
@TableName("contact_reveal")
public class ContactReveal {

    /** Which of the address's contacts was revealed. */
    public enum Contact { PRIMARY, SECOND }

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long stopId;
    private Long routeId;
    private Long courierId;
    private Long readerId;
    private Contact contact;
    private LocalDateTime revealedAt;

    public static ContactReveal of(DeliveryStop stop, long courierId, Contact contact, LocalDateTime now) {
        ContactReveal r = new ContactReveal();
        r.stopId = stop.getId();
        r.routeId = stop.getRouteId();
        r.courierId = courierId;
        r.readerId = stop.getReaderId();
        r.contact = contact;
        r.revealedAt = now;
        return r;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getStopId() { return stopId; }
    public void setStopId(Long stopId) { this.stopId = stopId; }
    public Long getRouteId() { return routeId; }
    public void setRouteId(Long routeId) { this.routeId = routeId; }
    public Long getCourierId() { return courierId; }
    public void setCourierId(Long courierId) { this.courierId = courierId; }
    public Long getReaderId() { return readerId; }
    public void setReaderId(Long readerId) { this.readerId = readerId; }
    public Contact getContact() { return contact; }
    public void setContact(Contact contact) { this.contact = contact; }
    public LocalDateTime getRevealedAt() { return revealedAt; }
    public void setRevealedAt(LocalDateTime revealedAt) { this.revealedAt = revealedAt; }
}
