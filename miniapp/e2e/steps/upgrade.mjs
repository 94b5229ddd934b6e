// 用户升级 and 个人资料 in the readers' journey (journey.mjs calls this after the renew step, on 我的):
// the reader applies for 诚信通 with a reason and sees 待审核, sets a nickname and sees it on 我的; both pages pass
// 长辈模式 (texts ≥ 18 px, targets ≥ 48 px, no overflow at 390 px), then the mode is switched back off.
// Prints `E2E_NICKNAME=<name>` for the IT to check beside the application row.
export async function upgradeSteps({ page, app, body, shot, check, measure }) {
  await app('pages/me/me')
  await body().locator('.menu-item').filter({ hasText: '用户升级' }).click()
  await page.waitForURL(/pages\/me\/upgrade/)
  await body().getByText('申请诚信通').waitFor()
  await body().locator('.trust textarea').fill('家在分馆附近，常来借书，希望办理诚信通')
  await body().getByText('提交诚信通申请').click()
  await body().locator('.trust .tag').filter({ hasText: '待审核' }).waitFor()
  check(await body().getByText('撤回申请').count() === 1, '待审核的诚信通申请可以撤回')
  check(/送书上门/.test(await body().locator('.delivery').innerText()), '用户升级页显示送书上门申请')
  await shot('upgrade-pending')

  const nickname = `读书人${Date.now() % 10000}`
  await app('pages/me/profile')
  await body().getByText('保存昵称').waitFor()
  // the page shows the current nickname first (loaded on show); then the reader types the new one
  await page.waitForFunction(() => [...document.querySelectorAll('uni-page-body .nickname input')].some((i) => i.value))
  await body().locator('.nickname input').fill(nickname)
  await body().getByText('保存昵称').click()
  await page.getByText('昵称已保存').waitFor()
  await shot('profile-nickname')
  await app('pages/me/me')
  await body().locator('.id .name').filter({ hasText: nickname }).waitFor()
  console.log(`E2E_NICKNAME=${nickname}`)

  // 长辈模式 on both pages, then back off (the journey switches it on later with one tap of its own)
  await body().locator('.elder-switch').click()
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('taoshu.elderMode') ?? '{}').data === true)
  for (const [hash, what, ready] of [['pages/me/upgrade', '用户升级', '申请诚信通'], ['pages/me/profile', '个人资料', '保存昵称']]) {
    await app(hash)
    await body().getByText(ready).waitFor()
    const m = await measure(18, 48)
    check(m.small.length === 0, `${what}：长辈模式下的字小于18px：${m.small.join('，')}`)
    check(m.lowTargets.length === 0, `${what}：长辈模式下的按钮低于48px：${m.lowTargets.join('，')}`)
    check(m.scrollWidth <= 390, `${what}：页面横向溢出（${m.scrollWidth}px）`)
    await shot(`${hash.endsWith('upgrade') ? 'upgrade' : 'profile'}-elder`)
  }
  await app('pages/me/me')
  await body().locator('.elder-switch').click()
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('taoshu.elderMode') ?? '{}').data === false)
}
