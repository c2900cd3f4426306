"""The widget on the demo shop page: chatting with an agent, markup, badge, files, errors."""

from __future__ import annotations

import re
import time

import httpx
from playwright.sync_api import expect

from tests.e2e.conftest import SITE, AgentApi, AgentSocket, OpenPage, screenshot
from tests.e2e.widget_page import png, send, start_chat, visitor_name, widget


def test_visitor_and_agent_chat_on_the_demo_page(
    open_page: OpenPage, agent: AgentSocket, agent_api: AgentApi, server: str
) -> None:
    page = open_page(f"{server}/demo")
    name = visitor_name()
    start_chat(page, name)
    mine = send(page, "你好，请问明前龙井今天下单什么时候发货？")

    conversation = agent_api.conversation_of(name)
    assert conversation["source_url"] == f"{server}/demo"
    assert conversation["prechat"] == {"name": name, "phone": "13800138000"}
    agent.send({"type": "subscribe", "conversation_id": conversation["id"], "after_seq": 0})
    widget(page, ".input").press_sequentially("请")
    typing = agent.wait_for(lambda f: f["type"] == "typing" and f["on"] is True)
    assert typing["conversation_id"] == conversation["id"]
    widget(page, ".input").fill("")
    agent.send({"type": "typing", "conversation_id": conversation["id"], "on": True})
    expect(widget(page, ".typing")).to_contain_text("正在输入")
    reply = agent_api.reply(conversation["id"], "您好！今天 16 点前下单，当天顺丰发出。")
    theirs = widget(page, ".row.theirs").last
    expect(theirs.locator(".bubble")).to_have_text("您好！今天 16 点前下单，当天顺丰发出。")
    expect(widget(page, ".typing")).to_be_hidden()

    # The open panel reads the reply; the agent reading the visitor's message shows 已读.
    agent.wait_for(lambda f: f["type"] == "read" and f.get("seq") == reply["seq"])
    assert agent_api.conversation(conversation["id"])["customer_read_seq"] == reply["seq"]
    expect(mine.locator(".receipt")).to_have_text("未读")
    agent_api.read(conversation["id"], reply["seq"])
    expect(mine.locator(".receipt")).to_have_text("已读")

    # An emoji from the built-in picker goes in at the caret.
    widget(page, ".input").fill("好的，谢谢")
    widget(page, ".emoji-toggle").click()
    expect(widget(page, ".emoji")).to_be_visible()
    screenshot(page, "demo-emoji-picker")
    widget(page, ".emoji button").filter(has_text="👍").click()
    widget(page, ".input").press("Enter")
    expect(widget(page, ".row.mine .bubble").last).to_have_text("好的，谢谢👍")
    widget(page, ".input").press("Escape")
    expect(widget(page, ".emoji")).to_be_hidden()
    screenshot(page, "demo-chat-zh")


def test_a_new_conversation_starts_after_the_agent_resolves_one(
    open_page: OpenPage, agent: AgentSocket, agent_api: AgentApi, server: str
) -> None:
    page = open_page(f"{server}/demo")
    name = visitor_name()
    start_chat(page, name)
    send(page, "订单已经收到了，谢谢！")
    first = agent_api.conversation_of(name)
    agent_api.reply(first["id"], "不客气，祝您生活愉快！")
    expect(widget(page, ".row.theirs .bubble").last).to_have_text("不客气，祝您生活愉快！")
    agent_api.resolve(first["id"])
    ended = widget(page, ".system.ended")
    expect(ended).to_have_text("本次会话已结束，发送消息可开始新的会话。")

    send(page, "还有一个问题：可以开发票吗？")
    expect(widget(page, ".row:not(.greeting) .bubble")).to_have_text(
        ["订单已经收到了，谢谢！", "不客气，祝您生活愉快！", "还有一个问题：可以开发票吗？"]
    )
    expect(ended).to_have_count(1)  # now between the two conversations
    screenshot(page, "demo-second-conversation")
    second, resolved = agent_api.conversations_of_contact(first["contact_id"])
    assert resolved["id"] == first["id"]
    assert resolved["status"] == "resolved"
    assert [m["body"] for m in agent_api.messages(second["id"])] == ["还有一个问题：可以开发票吗？"]


def test_markup_in_messages_is_shown_literally_and_never_runs(
    open_page: OpenPage, agent: AgentSocket, agent_api: AgentApi, server: str
) -> None:
    page = open_page(f"{server}/demo")
    name = visitor_name()
    start_chat(page, name)
    visitor_markup = '<img src=x onerror="window.kefuPwned=1"><b>加粗</b> & &amp;'
    send(page, visitor_markup)
    conversation = agent_api.conversation_of(name)
    agent_markup = '<script>window.kefuPwned=2</script><a href="javascript:alert(1)">点我</a>'
    agent_api.reply(conversation["id"], agent_markup)
    expect(widget(page, ".row.theirs .bubble").last).to_have_text(agent_markup)
    assert page.evaluate("window.kefuPwned") is None
    assert widget(page, ".bubble b, .bubble img, .bubble script, .bubble a").count() == 0
    screenshot(page, "demo-markup-literal")


def test_unread_badge_counts_agent_messages_while_closed(
    open_page: OpenPage, agent: AgentSocket, agent_api: AgentApi, server: str
) -> None:
    page = open_page(f"{server}/demo")
    name = visitor_name()
    start_chat(page, name)
    send(page, "在吗？想问下礼盒装。")
    conversation = agent_api.conversation_of(name)
    widget(page, ".hbtn.close").click()
    expect(widget(page, ".panel")).to_be_hidden()

    agent_api.reply(conversation["id"], "在的，请讲。")
    last = agent_api.reply(conversation["id"], "白毫银针礼盒今天有货。")
    badge = widget(page, ".badge")
    expect(badge).to_have_text("2")
    expect(widget(page, ".preview-text")).to_have_text("白毫银针礼盒今天有货。")
    screenshot(page, "demo-launcher-badge")
    assert agent_api.conversation(conversation["id"])["customer_read_seq"] < last["seq"]

    widget(page, ".launcher").click()
    expect(badge).to_be_hidden()
    expect(widget(page, ".preview")).to_be_hidden()
    expect(widget(page, ".row.theirs .bubble").last).to_have_text("白毫银针礼盒今天有货。")

    # A reply that arrives while the visitor is away waits for them on their next page.
    context = page.context
    widget(page, ".hbtn.close").click()
    page.close()
    agent_api.reply(conversation["id"], "需要的话可以直接下单哦。")
    again = open_page(f"{server}/demo", context=context)
    expect(widget(again, ".badge")).to_have_text("1")
    widget(again, ".launcher").click()
    bubbles = widget(again, ".row:not(.greeting) .bubble")
    history = [
        "在吗？想问下礼盒装。",
        "在的，请讲。",
        "白毫银针礼盒今天有货。",
        "需要的话可以直接下单哦。",
    ]
    expect(bubbles).to_have_text(history)


def test_images_and_files_are_sent_and_forbidden_types_never_leave(
    open_page: OpenPage, agent: AgentSocket, agent_api: AgentApi, server: str
) -> None:
    # The server's refusal of a disguised file is logged by the browser itself.
    page = open_page(f"{server}/demo", expected_errors=(r"status of 415",))
    name = visitor_name()
    start_chat(page, name)
    chooser = widget(page, "input[type=file]")
    chooser.set_input_files({"name": "receipt.png", "mimeType": "image/png", "buffer": png()})
    image = widget(page, ".row.mine img.image")
    expect(image).to_be_visible()
    expect(widget(page, ".row.mine").last).to_have_class(re.compile(r"\bsent\b"))
    # Visible is not yet decoded: wait for the decoding, then read its size.
    assert image.evaluate("img => img.decode().then(() => img.naturalWidth)") == 48

    chooser.set_input_files({"name": "说明.pdf", "mimeType": "application/pdf", "buffer": PDF})
    link = widget(page, ".row.mine a.file").last
    expect(link).to_contain_text("说明.pdf")
    expect(widget(page, ".row.mine").last).to_have_class(re.compile(r"\bsent\b"))

    chooser.set_input_files({"name": "setup.zip", "mimeType": "application/zip", "buffer": b"PK"})
    expect(widget(page, ".chat .notice")).to_contain_text("不支持发送此类型的文件")
    # Allowed by its declared type, refused by the server for what it holds.
    chooser.set_input_files({"name": "fake.png", "mimeType": "image/png", "buffer": b"MZ\x90\x00"})
    refused = widget(page, ".row.failed")
    expect(refused.locator(".error-text")).to_have_text("不支持发送此类型的文件")
    screenshot(page, "demo-uploads")

    conversation = agent_api.conversation_of(name)
    kinds = [m["kind"] for m in agent_api.messages(conversation["id"])]
    assert kinds == ["image", "file"]


PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def test_upload_progress_is_shown_on_a_slow_network(
    open_page: OpenPage, agent: AgentSocket, server: str
) -> None:
    page = open_page(f"{server}/demo")
    start_chat(page, visitor_name())
    network = page.context.new_cdp_session(page)
    network.send("Network.enable")
    slow = {"offline": False, "latency": 40, "downloadThroughput": 4e5, "uploadThroughput": 4e5}
    network.send("Network.emulateNetworkConditions", slow)
    manual = b"%PDF-1.4\n" + b"0" * 1_200_000
    widget(page, "input[type=file]").set_input_files(
        {"name": "产品手册.pdf", "mimeType": "application/pdf", "buffer": manual}
    )
    expect(widget(page, ".row.mine .file-size")).to_contain_text(re.compile(r"上传中 ([1-9]\d?)%"))
    screenshot(page, "demo-upload-progress")
    expect(widget(page, ".row.mine").last).to_have_class(re.compile(r"\bsent\b"), timeout=20_000)
    expect(widget(page, ".row.mine .file-size")).to_have_text("1.1 MB")


def test_an_image_with_a_chinese_name_is_shown(
    open_page: OpenPage, agent: AgentSocket, server: str
) -> None:
    page = open_page(f"{server}/demo")
    start_chat(page, visitor_name())
    chooser = widget(page, "input[type=file]")
    chooser.set_input_files({"name": "收据.png", "mimeType": "image/png", "buffer": png()})
    image = widget(page, ".row.mine img.image")
    expect(image).to_be_visible()
    expect(widget(page, ".row.mine").last).to_have_class(re.compile(r"\bsent\b"))
    # Visible is not yet decoded: wait for the decoding, then read its size.
    assert image.evaluate("img => img.decode().then(() => img.naturalWidth)") == 48


def test_refused_messages_show_the_server_error_beside_them(
    open_page: OpenPage, agent: AgentSocket, agent_api: AgentApi, server: str
) -> None:
    page = open_page(f"{server}/demo")
    name = visitor_name()
    start_chat(page, name)
    # Thirty messages in one burst: over the server's limit (burst 20, 10 a second).
    page.evaluate(
        """() => {
          const root = document.querySelector("kefu-widget").shadowRoot;
          const box = root.querySelector(".input");
          for (let i = 1; i <= 30; i++) {
            box.value = `第 ${i} 条`;
            box.dispatchEvent(new Event("input"));
            root.querySelector(".sendbtn").click();
          }
        }"""
    )
    failed = widget(page, ".row.failed")
    expect(failed.first.locator(".error-text")).to_have_text("发送太频繁了，请稍后再试")
    expect(widget(page, ".row.mine.pending")).to_have_count(0)
    refused = failed.count()
    assert refused > 0
    conversation = agent_api.conversation_of(name)
    assert len(agent_api.messages(conversation["id"])) == 30 - refused
    screenshot(page, "demo-rate-limited")


def test_leave_a_message_when_no_agent_is_online(
    open_page: OpenPage, agent_api: AgentApi, server: str
) -> None:
    deadline = time.monotonic() + 10
    while httpx.get(f"{server}/api/v1/widget/{SITE}").json()["available"]:
        assert time.monotonic() < deadline, "an agent is still online"
    page = open_page(f"{server}/demo")
    widget(page, ".launcher").click()
    form = widget(page, "form[data-form=leave]")
    expect(form).to_be_visible()
    name = visitor_name()
    body = "想订 20 盒龙井做公司福利，请联系我。"
    form.locator("textarea[name=body]").fill(body)
    form.locator("input[name=name]").fill(name)
    form.locator("button[type=submit]").click()
    expect(form.locator(".notice")).to_have_text("请至少留下一种联系方式（手机或邮箱）")
    expect(form.locator("textarea[name=body]")).to_have_value(body)
    form.locator("input[name=phone]").fill("13900139000")
    form.locator("button[type=submit]").click()
    expect(form.locator(".thanks")).to_contain_text("留言已提交")
    screenshot(page, "demo-leave-message")

    conversation = agent_api.conversation_of(name)
    assert conversation["status"] == "pending"
    bodies = [m["body"] for m in agent_api.messages(conversation["id"])]
    assert bodies == [body]


def test_english_on_a_dark_page(open_page: OpenPage, agent: AgentSocket, server: str) -> None:
    page = open_page(f"{server}/demo?theme=dark", locale="en-US")
    widget(page, ".launcher").click()
    # The site's locale (zh-CN) comes first; the switch in the header changes it.
    expect(widget(page, "form[data-form=prechat] button[type=submit]")).to_have_text("开始咨询")
    widget(page, ".hbtn.lang").click()
    form = widget(page, "form[data-form=prechat]")
    expect(form.locator("button[type=submit]")).to_have_text("Start chat")
    expect(form.locator(".label").first).to_contain_text("Your name")
    form.locator("button[type=submit]").click()
    expect(form.locator(".hint").first).to_have_text("Please enter Your name")
    form.locator("input[name=name]").fill("Alex")
    form.locator("button[type=submit]").click()
    send(page, "Hi, do you ship to Hong Kong?")
    expect(widget(page, ".row.mine .receipt").last).to_have_text("Delivered")
    screenshot(page, "demo-dark-en")

    page.reload()
    widget(page, ".launcher").click()
    expect(widget(page, ".input")).to_have_attribute("placeholder", "Type a message, Enter to send")


def test_the_widget_works_on_another_sites_page(
    open_page: OpenPage, agent: AgentSocket, server: str
) -> None:
    # http://localhost:<port> is another origin than the server's http://127.0.0.1:<port>.
    other_origin = server.replace("127.0.0.1", "localhost") + "/healthz"
    # The only error allowed: the browser's own favicon request on a bare JSON page.
    page = open_page(other_origin, expected_errors=(r"status of 404",))
    page.evaluate(
        """script => {
          const tag = document.createElement("script");
          tag.src = script;
          tag.dataset.site = "demo-web";
          document.body.appendChild(tag);
        }""",
        f"{server}/widget.js",
    )
    widget(page, ".launcher").click(timeout=5_000)
    expect(widget(page, "form[data-form=prechat]")).to_be_visible()


def test_the_host_pages_css_cannot_reach_the_widget(
    open_page: OpenPage, agent: AgentSocket, server: str
) -> None:
    page = open_page(f"{server}/demo")
    page.add_style_tag(
        content="* { font-family: serif !important; color: red !important; }"
        " div, button { padding: 40px !important; border: 5px solid lime !important; }"
        " kefu-widget { display: none !important; }"
    )
    launcher = widget(page, ".launcher")
    expect(launcher).to_be_visible()
    box = launcher.bounding_box()
    assert box is not None
    assert (box["width"], box["height"]) == (60, 60)
    launcher.click()
    title = widget(page, ".title")
    assert title.evaluate("el => getComputedStyle(el).fontFamily").split(",")[0] != "serif"
    assert title.evaluate("el => getComputedStyle(el).color") != "rgb(255, 0, 0)"
    screenshot(page, "demo-hostile-css")
