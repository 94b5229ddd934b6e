// A reader's delivery addresses at the desk (GET/POST/PUT /api/admin/readers/{id}/addresses): the librarian places
// or corrects the door on the map for a reader who phones.
import { http } from './index'

export type LocatedBy = 'PICKED' | 'GEOCODED' | 'DESK'

export const LOCATED_BY: Record<LocatedBy, string> = { PICKED: '读者地图选点', GEOCODED: '按文字定位', DESK: '馆员标注' }

export interface BranchArea {
  id: number
  name: string
  lat: number
  lng: number
  deliveryRadiusM: number
}

export interface DeskAddress {
  id: number
  contactName: string
  phoneMasked: string
  region: string | null
  address: string
  placeName: string | null
  door: string | null
  fullAddress: string
  lat: number
  lng: number
  locatedBy: LocatedBy
  branchId: number
  branchName: string | null
  distanceM: number
  isDefault: boolean
}

export interface ReaderAddresses {
  readerId: number
  homeBranch: BranchArea | null
  addresses: DeskAddress[]
}

/** The form: phone may be left empty when correcting (kept as it was). */
export interface DeskAddressInput {
  contactName: string
  phone?: string
  address: string
  placeName?: string
  door?: string
  lat: number
  lng: number
  isDefault?: boolean
}

export function readerAddresses(readerId: number) {
  return http.get<ReaderAddresses>(`/api/admin/readers/${readerId}/addresses`)
}

export function addReaderAddress(readerId: number, input: DeskAddressInput) {
  return http.post<DeskAddress>(`/api/admin/readers/${readerId}/addresses`, input)
}

export function correctReaderAddress(readerId: number, addressId: number, input: DeskAddressInput) {
  return http.put<DeskAddress>(`/api/admin/readers/${readerId}/addresses/${addressId}`, input)
}
