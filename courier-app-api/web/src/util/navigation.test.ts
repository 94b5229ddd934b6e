import { describe, expect, it } from 'vitest'
import { navLinks } from './navigation'

describe('navLinks', () => {
  it('hands the stop to AMap, Baidu and Tencent maps with riding directions and a web fallback', () => {
    const links = navLinks({ lat: 28.2282, lng: 112.9388, name: '岳麓区 麓山路 1号' })
    expect(links.map((l) => l.app)).toEqual(['高德地图', '百度地图', '腾讯地图'])
    expect(links[0].scheme).toContain('amapuri://route/plan/?dlat=28.2282&dlon=112.9388')
    expect(links[1].scheme).toContain('baidumap://map/direction?destination=latlng:28.2282,112.9388')
    expect(links[1].scheme).toContain('coord_type=gcj02')
    expect(links[2].scheme).toContain('qqmap://map/routeplan?type=bike')
    for (const l of links) expect(l.web).toMatch(/^https:\/\//)
    expect(links[0].web).toContain(encodeURIComponent('岳麓区 麓山路 1号'))
  })
})
