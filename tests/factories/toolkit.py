import factory

from editorial.models import Status
from tests.factories.factsheets import PDF_EN, PDF_FR
from tests.factories.guidelines import GuidelineFactory
from toolkit.models import Audience, GuidelinesInAction, ToolkitItem, Training


class GuidelinesInActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GuidelinesInAction

    guideline = factory.SubFactory(GuidelineFactory)
    status = Status.PUBLISHED
    title_en = factory.LazyAttribute(lambda o: f"Guidelines in Action {o.guideline.number}")
    title_fr = factory.LazyAttribute(lambda o: f"Lignes directrices en action {o.guideline.number}")
    slug = factory.Sequence(lambda n: f"guidelines-in-action-{n}")
    practical_tool_en = "A plan template"
    practical_tool_fr = "Un modèle de plan"
    description_en = "What the document is about."
    description_fr = "Ce dont parle le document."
    file_en = factory.django.FileField(data=PDF_EN, filename="gia-en.pdf")
    file_fr = factory.django.FileField(data=PDF_FR, filename="gia-fr.pdf")


class ToolkitItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ToolkitItem
        skip_postgeneration_save = True

    kind = ToolkitItem.Kind.CHECKLIST
    audience = Audience.BOTH
    status = Status.PUBLISHED
    title_en = factory.Sequence(lambda n: f"Toolkit item {n}")
    title_fr = factory.Sequence(lambda n: f"Élément {n}")
    slug = factory.Sequence(lambda n: f"toolkit-item-{n}")
    description_en = "What the item helps with."
    description_fr = "À quoi sert l’élément."
    order = factory.Sequence(lambda n: n)
    file_en = factory.django.FileField(data=PDF_EN, filename="item-en.pdf")

    @factory.post_generation
    def guidelines(self, create, extracted, **kwargs):
        if create and extracted:
            self.guidelines.set(extracted)


class TrainingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Training
        skip_postgeneration_save = True

    status = Status.PUBLISHED
    title_en = factory.Sequence(lambda n: f"Training {n}")
    title_fr = factory.Sequence(lambda n: f"Formation {n}")
    slug = factory.Sequence(lambda n: f"training-{n}")
    summary_en = "What the training covers."
    summary_fr = "Ce que couvre la formation."
    format = Training.Format.COURSE
    audience = Audience.HOST
    audience_description_en = "Emergency responders"
    audience_description_fr = "Intervenants d’urgence"
    duration_en = "Eight sessions"
    duration_fr = "Huit séances"
    languages = "en"
    link = "https://example.org/course"
    order = factory.Sequence(lambda n: n)

    @factory.post_generation
    def guidelines(self, create, extracted, **kwargs):
        if create and extracted:
            self.guidelines.set(extracted)
