import factory

from editorial.models import Status
from guidelines.models import CrisisPhase, Guideline, GuidelinePractice, Principle, StakeholderType


class CrisisPhaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CrisisPhase
        django_get_or_create = ("key",)

    key = factory.Iterator(["preparedness", "emergency-response", "post-crisis"])
    order = factory.Sequence(lambda n: n + 1)
    name_en = factory.LazyAttribute(lambda o: o.key.replace("-", " ").capitalize())
    name_fr = factory.LazyAttribute(lambda o: f"{o.name_en} (fr)")


class StakeholderTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StakeholderType
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"stakeholder-{n}")
    name_en = factory.Sequence(lambda n: f"Stakeholder {n}")
    name_fr = factory.Sequence(lambda n: f"Acteur {n}")
    order = factory.Sequence(lambda n: n)


class PrincipleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Principle

    number = factory.Sequence(lambda n: n % 10 + 1)
    status = Status.PUBLISHED
    title_en = factory.Sequence(lambda n: f"Principle title {n}")
    title_fr = factory.Sequence(lambda n: f"Titre du principe {n}")
    short_label_en = factory.Sequence(lambda n: f"Principle {n}")
    short_label_fr = factory.Sequence(lambda n: f"Principe {n}")
    slug_en = factory.Sequence(lambda n: f"principle-{n}")
    slug_fr = factory.Sequence(lambda n: f"principe-{n}")
    body_en = "Why this principle matters."
    body_fr = "Pourquoi ce principe compte."


class GuidelineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Guideline

    number = factory.Sequence(lambda n: n % 15 + 1)
    phase = factory.SubFactory(CrisisPhaseFactory)
    status = Status.PUBLISHED
    title_en = factory.Sequence(lambda n: f"Guideline title {n}")
    title_fr = factory.Sequence(lambda n: f"Titre de la ligne directrice {n}")
    short_label_en = factory.Sequence(lambda n: f"Guideline {n}")
    short_label_fr = factory.Sequence(lambda n: f"Ligne directrice {n}")
    slug_en = factory.Sequence(lambda n: f"guideline-{n}")
    slug_fr = factory.Sequence(lambda n: f"ligne-directrice-{n}")
    thematic_area_en = factory.Sequence(lambda n: f"Thematic area {n}")
    thematic_area_fr = factory.Sequence(lambda n: f"Domaine thématique {n}")
    summary_en = "What this guideline asks."
    summary_fr = "Ce que demande cette ligne directrice."
    body_en = "Introduction to the guideline."
    body_fr = "Introduction à la ligne directrice."


class GuidelinePracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GuidelinePractice

    guideline = factory.SubFactory(GuidelineFactory)
    stakeholder_type = factory.SubFactory(StakeholderTypeFactory)
    status = Status.PUBLISHED
    title_en = factory.Sequence(lambda n: f"Practice {n}")
    title_fr = factory.Sequence(lambda n: f"Pratique {n}")
    body_en = "How to do it."
    body_fr = "Comment faire."
    order = factory.Sequence(lambda n: n)
