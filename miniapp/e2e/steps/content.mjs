// Readers' content in the browser journey (called from journey.mjs after the renew step): the reader is refused a
// review of the title only ordered (E2E_TITLE), reviews the book on loan (E2E_LOAN_TITLE) and finds the review on the book page and in 我的评论; files a 荐购 (title + author) and a
// 建议 (服务), sees both listed, withdraws the 建议; signs up for an activity (E2E_ACTIVITY_TITLE, else the first one
// listed) and finds it under 我的活动. contentElderChecks measures the new pages in 长辈模式.
export const REVIEW_TEXT = '活着让我重新想了想日子该怎么过，推荐给家里人'
export const PURCHASE_TITLE = '额尔古纳河右岸'
export const PURCHASE_AUTHOR = '迟子建'
export const SUGGESTION_TEXT = '希望周末开馆时间延长到晚上八点'

/** The book page of a title, through the search box (a hash-only navigation may show the search page as it was). */
async function openBook({ page, app, body }, title) {
  await app(`pages/search/search?q=${encodeURIComponent(title)}`)
  await body().locator('input').fill(title)
  await body().getByText('搜索', { exact: true }).click()
  await body().getByText(title, { exact: true }).first().click()
  await page.waitForURL(/pages\/book\/detail/)
  await body().getByText('读者评论').waitFor()
}

export async function contentSteps({ page, app, body, shot, check }) {
  const loanTitle = process.env.E2E_LOAN_TITLE
  const orderedTitle = process.env.E2E_TITLE
  const activityTitle = process.env.E2E_ACTIVITY_TITLE
  // uni's toast outlives the page it was shown on: let it go before the next page's screenshot
  const toastGone = () => page.waitForFunction(() => [...document.querySelectorAll('uni-toast')]
    .every((el) => getComputedStyle(el).display === 'none' || el.getBoundingClientRect().height === 0))
  const scrollTo = (locator) => locator.evaluate((el) => el.scrollIntoView({ block: 'start' }))

  // 首页: the entry to 阅读建议/荐购 and the next activities of the reader's branch
  await app('pages/index/index')
  await body().getByText('阅读建议 · 荐购').waitFor()
  await body().getByText('近期活动').waitFor()
  if (activityTitle) await body().locator('.activity').filter({ hasText: activityTitle }).first().waitFor()
  await scrollTo(body().locator('.section-title').filter({ hasText: '近期活动' }))
  await shot('home-activities')

  // 书评 of a title never borrowed (only ordered, still on the holding shelf): the backend's refusal stays on the page
  await openBook({ page, app, body }, orderedTitle)
  await body().getByText('写书评', { exact: true }).click()
  await body().locator('.editor .star').nth(4).click()
  await body().locator('.editor').getByText('发表书评').click()
  await body().locator('.refusal').filter({ hasText: '借阅过这本书后才能发表书评' }).waitFor()
  await scrollTo(body().locator('.reviews'))
  await shot('review-refused')
  await toastGone()

  // 书评: on the book the reader has on loan — 1..5 stars and text; theirs shows first (待审核 if moderation holds it)
  await openBook({ page, app, body }, loanTitle)
  await body().getByText('写书评', { exact: true }).click()
  await body().locator('.editor .star').nth(3).click()
  await body().getByText('推荐', { exact: true }).waitFor()
  await body().locator('.editor textarea').fill(REVIEW_TEXT)
  await shot('review-editor')
  await body().locator('.editor').getByText('发表书评').click()
  const mine = body().locator('.review.mine')
  await mine.getByText(REVIEW_TEXT).waitFor()
  check((await mine.innerText()).includes('★★★★☆'), '我的书评显示四颗星')
  check(await body().locator('.editor').count() === 0, '发表后收起书评表单')
  await scrollTo(body().locator('.reviews'))
  await shot('book-my-review')
  await toastGone()

  await app('pages/me/reviews')
  const row = body().locator('.review').filter({ hasText: loanTitle })
  await row.getByText(REVIEW_TEXT).waitFor()
  check(/已展示|待审核/.test(await row.locator('.tag').innerText()), '我的评论标明书评状态')
  await shot('my-reviews')

  // 荐购: title and author, and a reason; the detail shows 待处理 and the history; the list has it
  await app('pages/suggestions/list?tab=PURCHASE')
  await body().getByText('我要荐购', { exact: true }).click()
  await page.waitForURL(/pages\/suggestions\/form/)
  const fields = body().locator('.field input')
  await fields.nth(1).fill(PURCHASE_TITLE)
  await fields.nth(2).fill(PURCHASE_AUTHOR)
  await body().locator('.field textarea').fill('写鄂温克族的百年变迁，想借来读')
  await shot('purchase-form')
  await body().getByText('提交', { exact: true }).click()
  await page.waitForURL(/pages\/suggestions\/detail/)
  await body().getByText('处理进度').waitFor()
  await body().getByText(`书名：《${PURCHASE_TITLE}》`).waitFor()
  check((await body().locator('.tag').first().innerText()).includes('待处理'), '荐购提交后为待处理')
  await toastGone()
  await shot('purchase-detail')
  await app('pages/suggestions/list?tab=PURCHASE')
  await body().locator('.item').filter({ hasText: PURCHASE_TITLE }).waitFor()
  await shot('purchase-list')

  // 建议: category 服务 and the text; listed under 建议; withdrawn while nobody has handled it
  await body().locator('.tab').filter({ hasText: '建议' }).click()
  await body().getByText('提建议', { exact: true }).click()
  await page.waitForURL(/pages\/suggestions\/form/)
  await body().locator('.choice').filter({ hasText: '服务' }).click()
  await body().locator('.field textarea').fill(SUGGESTION_TEXT)
  await shot('suggestion-form')
  await body().getByText('提交', { exact: true }).click()
  await page.waitForURL(/pages\/suggestions\/detail/)
  await body().getByText(SUGGESTION_TEXT).waitFor()
  await body().getByText('撤回阅读建议').waitFor()
  await toastGone()
  await shot('suggestion-detail')
  await app('pages/suggestions/list')
  const item = body().locator('.item').filter({ hasText: SUGGESTION_TEXT })
  await item.waitFor()
  check((await item.innerText()).includes('服务'), '建议列表显示类别')
  await shot('suggestion-list')
  await item.click()
  await body().getByText('撤回阅读建议').click()
  await page.locator('.uni-modal__btn_primary').click()
  await body().locator('.tag').filter({ hasText: '已撤回' }).waitFor()
  check(await body().getByText('撤回阅读建议').count() === 0, '撤回后不再显示撤回按钮')
  await body().getByText('读者撤回').waitFor()
  await shot('suggestion-withdrawn')
  await toastGone()

  // 活动: sign up on the detail page, see it under 我的活动
  await app('pages/activities/list')
  const card = activityTitle ? body().locator('.activity').filter({ hasText: activityTitle }).first() : body().locator('.activity').first()
  await card.waitFor()
  const title = (await card.locator('.title').innerText()).trim()
  await shot('activities')
  await card.click()
  await page.waitForURL(/pages\/activities\/detail/)
  await body().getByText(/剩余 \d+ 个名额/).waitFor()
  const before = Number((await body().getByText(/剩余 \d+ 个名额/).innerText()).match(/剩余 (\d+)/)[1])
  await body().getByText('报名', { exact: true }).click()
  await body().getByText('您已报名，请按时参加').waitFor()
  await body().getByText(`剩余 ${before - 1} 个名额`, { exact: false }).waitFor()
  await shot('activity-signed-up')
  await toastGone()
  await app('pages/activities/mine')
  const signup = body().locator('.signup').filter({ hasText: title })
  await signup.getByText('已报名').waitFor()
  check(await signup.getByText('取消报名').count() === 1, '活动开始前可以取消报名')
  await shot('my-activities')
  return { activityTitle: title }
}

/** The new pages in 长辈模式 (already switched on): every text ≥ 18 px, every target ≥ 48 px, nothing wider than 390 px. */
export async function contentElderChecks({ page, app, body, shot, problemsOf }) {
  const loanTitle = process.env.E2E_LOAN_TITLE
  await app('pages/me/reviews')
  await body().getByText(REVIEW_TEXT).waitFor()
  await problemsOf('我的评论')
  await shot('my-reviews-elder')

  await app('pages/activities/list')
  await body().locator('.activity').first().waitFor()
  await problemsOf('活动')
  await shot('activities-elder')

  await app('pages/activities/mine')
  await body().locator('.signup').first().waitFor()
  await problemsOf('我的活动')
  await shot('my-activities-elder')

  await app('pages/suggestions/list?tab=PURCHASE')
  await body().locator('.item').filter({ hasText: PURCHASE_TITLE }).waitFor()
  await problemsOf('阅读建议与荐购')
  await shot('suggestions-elder')

  await app('pages/suggestions/form?type=SUGGESTION')
  await body().locator('.choice').first().waitFor()
  await problemsOf('提建议')
  await shot('suggestion-form-elder')

  await openBook({ page, app, body }, loanTitle)
  await body().locator('.review.mine').waitFor()
  await body().getByText('修改', { exact: true }).click()
  await body().locator('.editor .star').first().waitFor()
  await body().locator('.editor').evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await problemsOf('图书详情的书评')
  await shot('book-review-elder')
}
