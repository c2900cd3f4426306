"""The ticket types every tenant starts with: 留言 (what a customer leaves outside business
hours), 投诉, 内部工单, 报备, 申诉, 维修.

A tenant may change their fields and workflows or add its own types; these are the
starting point a customer-service centre recognises.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kefu.tickets.fields import FieldDef, Option
from kefu.tickets.workflow import Workflow, appeal, standard


@dataclass(frozen=True)
class TypeDefault:
    key: str
    name: str
    name_en: str
    fields: list[FieldDef]
    workflow: Workflow = field(default_factory=standard)
    follow_up: bool = False  # schedule a callback (回访) once solved


def _choice(key: str, label: str, label_en: str, *options: tuple[str, str], **kw: bool) -> FieldDef:
    return FieldDef(
        key=key,
        label=label,
        label_en=label_en,
        kind="choice",
        options=[
            Option(value=value, label=zh, label_en=en) for zh, en in options for value in [zh]
        ],
        **kw,
    )


def _text(key: str, label: str, label_en: str, **kw: bool | int) -> FieldDef:
    return FieldDef.model_validate(
        {"key": key, "label": label, "label_en": label_en, "kind": "text", **kw}
    )


def builtin_types() -> list[TypeDefault]:
    return [
        TypeDefault(
            key="message",
            name="留言",
            name_en="Message",
            fields=[],  # the customer's name, phone and e-mail are on their profile
        ),
        TypeDefault(
            key="complaint",
            name="投诉",
            name_en="Complaint",
            fields=[
                _choice(
                    "category",
                    "投诉类别",
                    "Category",
                    ("服务态度", "Service attitude"),
                    ("物流配送", "Delivery"),
                    ("商品质量", "Product quality"),
                    ("售后处理", "After-sales"),
                    ("其他", "Other"),
                    required=True,
                ),
                _text("order_no", "订单号", "Order number", max_length=64),
                _choice(
                    "expectation",
                    "期望处理方式",
                    "Expected outcome",
                    ("退款", "Refund"),
                    ("换货", "Replacement"),
                    ("补偿", "Compensation"),
                    ("道歉", "Apology"),
                ),
            ],
            follow_up=True,
        ),
        TypeDefault(
            key="internal",
            name="内部工单",
            name_en="Internal",
            fields=[
                _choice(
                    "department",
                    "协办部门",
                    "Department",
                    ("仓储", "Warehouse"),
                    ("财务", "Finance"),
                    ("技术", "Engineering"),
                    ("运营", "Operations"),
                ),
            ],
        ),
        TypeDefault(
            key="report",
            name="报备",
            name_en="Report",
            fields=[
                _text("waybill_no", "运单号", "Waybill number", max_length=64, required=True),
                _choice(
                    "issue",
                    "异常类型",
                    "Issue",
                    ("延误", "Delay"),
                    ("破损", "Damage"),
                    ("丢件", "Lost parcel"),
                    ("拒收", "Refused"),
                    required=True,
                ),
                FieldDef(key="happened_on", label="发生日期", label_en="Date", kind="date"),
            ],
        ),
        TypeDefault(
            key="appeal",
            name="申诉",
            name_en="Appeal",
            fields=[
                _choice(
                    "subject",
                    "申诉事项",
                    "Appeal against",
                    ("处罚", "Penalty"),
                    ("评价", "Review"),
                    ("扣款", "Deduction"),
                    required=True,
                ),
                FieldDef(key="evidence", label="证明材料", label_en="Evidence", kind="attachment"),
            ],
            workflow=appeal(),
        ),
        TypeDefault(
            key="repair",
            name="维修",
            name_en="Repair",
            fields=[
                FieldDef(
                    key="product",
                    label="产品型号",
                    label_en="Product",
                    kind="cascade",
                    required=True,
                    options=[
                        Option(
                            value="空调",
                            label="空调",
                            label_en="Air conditioner",
                            children=[
                                Option(value="KFR-35GW", label="KFR-35GW"),
                                Option(value="KFR-72LW", label="KFR-72LW"),
                            ],
                        ),
                        Option(
                            value="洗衣机",
                            label="洗衣机",
                            label_en="Washing machine",
                            children=[
                                Option(value="XQG100", label="XQG100"),
                                Option(value="XQB80", label="XQB80"),
                            ],
                        ),
                    ],
                ),
                FieldDef(key="bought_on", label="购买日期", label_en="Bought on", kind="date"),
                _text("address", "上门地址", "Address", max_length=200),
                FieldDef(key="photos", label="故障照片", label_en="Photos", kind="attachment"),
            ],
        ),
    ]
