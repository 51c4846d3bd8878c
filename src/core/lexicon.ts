/**
 * A hand-written concept lexicon of general news vocabulary in English, German, French,
 * Spanish and Russian. Two passages that share no letters ("a minor offence" / "ein
 * Kavaliersdelikt") can still share concepts, which lets the quotation matcher pair a
 * quotation with its translation.
 *
 * Each concept is one string with five fields in the fixed order en|de|fr|es|ru. A field
 * lists the forms a translator might pick, separated by commas:
 * - `word`: that exact word;
 * - `stem*`: every word that starts with the stem (at least 4 characters), so one entry
 *   covers inflection and, in German, compounds that start with it;
 * - `base{a,b,}`: the exact words base+a, base+b and base, for short roots whose stem
 *   alone would catch unrelated words.
 * A word may belong to several concepts. Negations and function words are deliberately
 * absent: negation is handled by the quotation matcher, and function words carry no evidence.
 */
import { stripElision } from './text';

const LANGUAGE_ORDER = ['en', 'de', 'fr', 'es', 'ru'] as const;

/** Shortest stem that may take `*`: shorter ones match too many unrelated words. */
const MIN_STEM = 4;
/** Distinct words remembered per language before the memo starts over. */
const MEMO_LIMIT = 50_000;

// prettier-ignore
const CONCEPTS: readonly string[] = [
  // Government, parliament and elections
  'government*,govt|regierung*,regierungschef*|gouvernement*,gouvernemental*|gobierno*,gubernament*|правительств*',
  'state,states,statehood|staat,staaten,staates,staatlich*|état,états,étatique*|estado,estados,estatal*|государств*',
  'country,countries,nation,nations|land,länder,landes,nation,nationen|pays,nation,nations|país,países,nación,naciones|стран{,а,ы,е,у,ой,ам,ами,ах}',
  'national,nationally,nationwide,nationalist*|national*,landesweit*,bundesweit*|national*|nacional*|национальн*,общенациональн*',
  'parliament*,legislature*,congress*|parlament*,bundestag*,landtag*|parlement*,assemblée*|parlament*,congreso*|парламент*,дум{а,ы,е,у,ой},законодательн*',
  'lawmaker*,legislator*,mp,mps,deputies,congressman,congresswoman|abgeordnet*,parlamentarier*|député*,parlementaire*|diputad*,legislador*,parlamentari*|депутат*,парламентари*',
  'senate*,senator*|senat*|sénat*|senad*|сенат*',
  'vote,votes,voted,voting,ballot*|abstimm*,stimme,stimmen,gestimmt,stimmte,stimmten|vote,votes,voter,voté,votée,votés,votent,votant*,votons,scrutin*|voto,votos,votar,vota,votan,votó,votaron,votación*,votado*|голос*',
  'voter,voters,electorate*|wähler*|électeur*,électrice*,électorat*|votante*,elector,electores,electorado*|избирател*',
  'election*,elect,elected,electoral|wahl,wahlen,wahlkampf*,wahlergebnis*,wählen,gewählt*,wählte*|élection*,élu,élus,élue,élues,élire,électoral*|elecci*,electoral*,elegid*,elegir|выбор*,избра*',
  'campaign*|kampagne*,wahlkampf*|campagne*|campaña*|кампани*',
  'party,parties|partei*|parti,partis|partido,partidos|парти{я,и,ю,ей,й,ям,ями,ях}',
  'opposition*|opposition*|opposition*|oposici*|оппозици*',
  'oppose,opposes,opposed,opposing,opponent*|gegner*,widersetz*,dagegen|oppos*,adversaire*|opon*,opositor*,opuest*|противник*,возража*,противостоя*',
  'president*,presidency,presidential|präsident*|président*|presiden*|президент*',
  'chancellor*,premier,premiers,premiership,prime|kanzler*,premierminister*,premier,ministerpräsident*|chancelier*,chancelière*,chancellerie*|canciller*,premier,primer|премьер*,канцлер*',
  'minister*,ministry,ministries|minister*,premierminister*,ministerpräsident*|ministre*,ministère*,ministériel*|ministr*,ministeri*|министр*,министерств*',
  'mayor*|bürgermeister*,oberbürgermeister*|maire,maires,mairie*|alcald*|мэр,мэра,мэру,мэром,мэре,мэры,мэров,мэри{я,и,ю,ей},градоначальник*',
  'governor*|gouverneur*,ministerpräsident*|gouverneur*,préfet*,préfecture*|gobernador*|губернатор*',
  'authorit*|behörde*,obrigkeit*|autorité*|autoridad*|власт*,ведомств*',
  'official,officials,bureaucrat*,bureaucracy|beamt*,funktionär*,bürokrat*|fonctionnaire*,officiel*,bureaucrat*|funcionari*,oficial*,burocr*|чиновник*,должностн*,официальн*,бюрократ*',
  'leader*|anführer*,führer,führung*,chef,chefin,chefs,vorsitzend*|dirigeant*,chef,chefs,leader*|líder*,lider*,dirigente*|лидер*,руководител*,глав{а,ы,е,у,ой}',
  'lead,leads,leading,led,headed,heads|führt,führen,führte,führten,leiten,leitet,leitete,angeführt|dirig{e,er,ent,é,ée,eait,eaient},mène,mènent,mener,mené|dirig{e,en,ir,ió,ido,ida},encabez*|руковод*,возглав*',
  'policy,policies,politic*|politi*|politi*|políti*,politi*|полити*',
  'democra*|demokrat*|démocrat*|democr*|демократ*',
  'regime*,dictator*,authoritarian*|regime*,diktat*,autoritär*|régime*,dictat*,autoritaire*|régimen,regímenes,dictad*,autoritari*|режим*,диктат*,авторитарн*',
  'reform*|reform*|réform*|reform*|реформ*',
  'power,powers,powerful|mächte,mächtig*,machthaber*|pouvoir,pouvoirs,puissan*|poder,poderes,poderos*|власт*,могуществ*,мощн*',
  'coalition*|koalition*|coalition*|coalici*|коалиц*',
  'majority,majorities|mehrheit*|majorit*|mayorí*|большинств*',
  'minority,minorities|minderheit*|minorit*|minorí*|меньшинств*',
  'citizen*,civic,civil|bürger*|citoyen*,civil,civile,civils,civiles|ciudadan*,civil,civiles|граждан*,гражданск*',
  'public,publicly|öffentlich*,öffentlichkeit*|public,publique,publics,publiques,publiquement|público,pública,públicos,públicas,públicamente|общественн*,публичн*',
  // Law, courts and crime
  'law,laws,legislation,statute*|gesetz*,gesetzentwurf*|loi,lois,législati*|ley,leyes,legislaci*|закон*,законопроект*,законодательств*',
  'bill,bills,draft,drafts,drafted,project,projects|entwurf*,gesetzentwurf*,gesetzesentwurf*,vorlage*,projekt*|projet*|proyecto*|проект*,законопроект*',
  'legal,legally,lawful,legality|legal*,rechtlich*,gesetzlich*,rechtmäßig*|légal*,juridique*|legal,legales,legalmente,legalidad,jurídic*|законн*,легальн*,юридическ*,правов*',
  'illegal*,unlawful*|illegal*,rechtswidrig*,gesetzwidrig*|illégal*|ilegal*|незаконн*,нелегальн*',
  'right,rights|recht,rechte,rechten,rechts|droit,droits|derecho,derechos|прав{о,а,ам,ами,ах}',
  'court,courts,tribunal*|gericht*,gerichtshof*|tribuna*,cour|tribunal*,juzgad*,corte|суд,суда,суду,судом,суде,суды,судов,судам,судами,судах,судебн*',
  'judge,judges,judicial,judiciary|richter*,justiz*|juge,juges,judiciaire*|juez,jueces,judicial*|судь{я,и,ю,ей,ям,ями,ях},судей',
  'ruling,rulings,verdict*,judgment*,judgement*,sentence,sentenced,sentences,sentencing|urteil*|jugement*,verdict*|sentencia*,fallo,fallos,veredicto*|приговор*,вердикт*',
  'trial,trials|prozess,prozesse,prozesses,gerichtsverfahren*|procès|juicio,juicios|процесс*,разбирательств*',
  'prosecut*|staatsanwalt*,staatsanwält*,ankläger*|procureur*,parquet|fiscal,fiscales,fiscalía*|прокурор*,прокуратур*',
  'accus*,charge,charged,charges,indict*|beschuldig*,angeklagt*,anklage*,vorwurf,vorwürfe,vorgeworfen,vorwerf*|accus*,inculp*|acus*,imputad*|обвин*',
  'lawyer*,attorney*,counsel|anwalt*,anwält*,rechtsanwalt*,verteidiger*|avocat*|abogad*|адвокат*,юрист*',
  'guilt*,convict*|schuldig*,verurteil*|coupable*,culpabilit*,condamn*|culpable*,culpabilidad,conden*|виновн*,осужд*,осуди*',
  'prison*,jail*,imprison*|gefängnis*,haftstraf*,inhaftiert*,haft|prison*,emprisonn*,incarcér*|prisi*,cárcel*,encarcel*|тюрьм*,тюрем*,заключенн*',
  'arrest*|festgenommen,festnahme*,verhaft*,festnehm*|arrêté,arrêtés,arrêtée,arrêtées,arrestation*,interpell*|arrest*,detenid*,detenci*,detener|арест*,задерж*',
  'police*|polizei*,polizist*|police*,policier*,gendarm*|policí*,policia*|полици*,полицейск*',
  'crime*,criminal*,offence*,offense*,misdemeanour*,misdemeanor*|kriminal*,verbrech*,straftat*,delikt*,kavaliersdelikt*|crime*,criminel*,délit*,délinqu*,infraction*|crimen*,crímenes,criminal*,delito*,delincu*,infracci*|преступ*,криминал*,правонарушени*,проступ*',
  'violat*,breach*,infring*|verstoß*,verstöß*,verstieß*,missachte*|violation*,enfrein*|violaci*,incumpl*,vulner*|нарушени*,наруш*',
  'steal*,stole,stolen,theft*,thief,thieves,robber*|stehlen,gestohlen,diebstahl*,dieb,diebe,dieben,raub*|volé,volée,volés,voler,voleur*,cambriol*,dérob*|robo,robos,robar,robado*,robó,ladrón,ladrones,hurto*|краж*,украд*,укра{л,ли,ла,дено},вор,воры,воров,грабе*,ограб*',
  'kill,kills,killed,killing*,murder*,homicide*|töte*,getötet*,mord*,ermord*,mörder*|tuer,tué,tués,tuée,tuées,tuent,meurtr*,assassin*,homicide*|matar,mató,mataron,matado*,asesin*,homicidio*|убий*,убит*,убил{,и,а},убива*',
  'dead,death*,die,died,dies,dying,fatal*,deadly|tot,tote,toten,todes*,tod,starb,starben,sterben,gestorben,tödlich*|mort,morts,morte,mortes,mortel*,décès,décéd*,meurt,meurent,mourir|muerto*,muerta*,muerte*,fallec*,murió,murieron,morir,mortal*|смерт*,погиб*,умер{,ли,ла},умира*,гибел*,мертв*',
  'victim*|opfer*|victime*|víctima*|жертв*,пострадавш*',
  'injur*,wound*|verletz*,verwund*|bless*|herid*,lesion*|ранен*,ранил*,травм*',
  // Security, military and diplomacy
  'secur*,safe,safely,safer,safety|sicher,sichere,sicheren,sicherer,sicheres,sicherheit*|sécurit*,sûreté,sûr,sûre,sûrs,sûres|segurid*,seguro,seguros,segura,seguras|безопасн*',
  'danger*,hazard*|gefahr*,gefähr*|danger*,périll*,péril|peligr*|опасн*',
  'threat*,menac*|bedroh*,droh*|menac*|amenaz*|угроз*,угрожа*',
  'risk*|risik*,riskant*|risque*,risqué*|riesgo*,arriesg*|риск*',
  'protect*,shield*|schütz*,schutz*,beschütz*|protég*,protect*,protèg*|proteg*,protecci*|защит*,защищ*,охран*',
  'attack*,assault*|angriff*,angreif*,angegriffen,attacke*,anschlag*,anschläge*|attaqu*,agress*|ataque*,atacar,atacó,atacaron,atacado*,agresi*|атак*,нападени*,напа{ли,л,ла,дение}',
  'terror*|terror*|terror*|terror*|террор*',
  'army,armies,military,militar*,troops,troop,soldier*|armee*,militär*,bundeswehr*,soldat*,truppe*,streitkräfte*|armée*,militair*,soldat*,troupe*|ejército*,militar*,soldad*,tropa*|арми{я,и,ю,ей},военн*,солдат*,войск*,военнослужащ*',
  'war,wars,warfare,wartime|krieg*|guerre*|guerra*|войн{а,ы,е,у,ой,ам,ами,ах}',
  'peace*|frieden*,friedlich*|paix,pacifique*|paz,paces,pacífic*|мир,мира,миру,миром,мире,мирн*',
  'weapon*,arms,gun,guns|waffe*|arme,armes,armement*|arma,armas,armament*|оружи*,вооружени*',
  'missile*,rocket*|rakete*,marschflugkörper*|missile*,roquette*|misil*,cohete*|ракет*',
  'bomb*,explosi*,blast*|bomb*,explosion*,explodi*,sprengstoff*|bomb*,explosion*,explosif*|bomb*,explosi*|бомб*,взрыв*',
  'drone*|drohne*|drone*|dron,drones|дрон*,беспилотн*',
  'border*,frontier*|grenze,grenzen,grenzübergang*,grenzkontroll*,grenzschutz*|frontière*|frontera*,fronteriz*|границ*,пограничн*',
  'refugee*,asylum*|flüchtling*,geflüchtet*,asyl*|réfugi*,asile*|refugiad*,asilo*|беженц*,беженец,убежищ*',
  'migrant*,migration*,immigra*|migrant*,migration*,einwander*,zuwander*,migrations*|migrant*,migrat*,immigr*|migrant*,migraci*,migrator*,inmigra*|мигрант*,миграц*,иммигр*',
  'diplomat*,embass*,ambassador*|diplomat*,botschaft*,botschafter*|diplomat*,ambassad*|diplomát*,diplomac*,embajad*|дипломат*,посол,посла,послом,посольств*',
  'negotiat*,talks|verhandl*,verhandel*,gespräch*|négoci*,pourparlers|negociar,negociaci*,negociad*,negocian,conversaciones|переговор*',
  'deal,deals,agreement*,accord,accords,pact,pacts,treaty,treaties|abkommen*,vereinbarung*,deal,deals,vertrag*,verträge*,einigung*|accord*,entente*,traité*|acuerdo*,pacto*,tratado*|соглашени*,сделк*,договор*,пакт*',
  'agree,agrees,agreed,agreeing,consent*|einig,geeinigt,einigte,einigten,einigt,einverstanden,zustimm*|convenu*,convenir,consent*|consent*,conformes|соглас*',
  'sanction*|sanktion*|sanction*|sanci*|санкци*',
  'ally,allies,allied,alliance*|verbündet*,bündnis*,allianz*,alliiert*|allié*,alliance*|alia*|союз*',
  'enemy,enemies|feind*|ennemi*|enemig*|враг*,противник*',
  'foreign,abroad,overseas|ausland*,ausländisch*,außenpolit*|étranger*,étrangère*|extranjer*,exterior*|иностранн*,зарубежн*,рубеж*',
  'international*,global*,worldwide|international*,global*,weltweit*|international*,mondial*|internacional*,mundial*,global*|международн*,мирово*,глобальн*',
  'world|welt*|monde,mondes|mundo,mundos|мир,мира,миру,миром,мире,мирово*',
  'europe*|europa*,europäisch*|europ*|europ*|европ*',
  'union,unions|union*|union*|unión,uniones|союз*',
  'summit*|gipfel*|sommet*|cumbre*|саммит*',
  'conflict*|konflikt*|conflit*|conflict*|конфликт*',
  'crisis,crises|krise*|crise*|crisis|кризис*',
  // Economy, money and trade
  'economy,economies,economic*,economist*|wirtschaft*,ökonom*,konjunktur*|économi*|economí*,económic*,economist*|экономик*,экономическ*,экономист*',
  'budget*|haushalt*,etat,budget*|budget*|presupuest*|бюджет*',
  'tax,taxes,taxed,taxation,taxpayer*|steuer*,abgabe*|impôt*,taxe,taxes,fiscal*,contribuable*|impuesto*,tributa*,fiscal,fiscales,contribuyente*|налог*',
  'price,prices,priced,pricing|preis,preise,preisen,preises,preiserhöhung*|prix|precio*|цен{,а,ы,е,у,ой,ам,ами,ах},ценообразовани*',
  'cost,costs,costly|kosten,kostet,kostete,kosteten,gekostet,kostspielig*|coût*,coûte*|costo*,coste,costes,costar,cuesta,cuestan,costó|стоимост*,стоит,стоят,стоил{,и,о,а},затрат*,издержк*',
  'expensive,costlier,pricey|teuer,teure,teuren,teurer,teures,verteuer*|cher,chère,chers,chères,coûteu*|caro,cara,caros,caras,costos{o,a,os,as}|дорог{ой,ая,ое,ие,ого,им,их,ую},дороже,подорожа*',
  'cheap,cheaper,cheapest,affordable|billig*,günstig*,bezahlbar*|abordable*|barato*,barata*,asequible*|дешев*,доступн*',
  'inflation*|inflation*,teuerung*|inflation*|inflaci*|инфляц*',
  'money|geld*|argent|dinero|деньг*,денег,денежн*',
  'fund,funds,funding,funded,financ*|fonds,finanz*,mittel|fonds,financ*|fondo,fondos,financ*|фонд*,финанс*',
  'bank,banks,banking,banker*|bank,banken,bankier*,banker*|banque*,bancaire*|banco,bancos,bancari*,banquer*|банк,банка,банки,банков*,банку,банком,банке,банкам,банками,банках',
  'debt,debts,indebted|schulden*,verschuld*|dette*,endett*|deuda*,endeud*|долг{,а,и,ов,ам,ами,ах,ом,у},задолженност*',
  'loan,loans,credit*,lend*|kredit*,darlehen*|prêt,prêts,crédit*|préstamo*,crédito*|кредит*,займ*,заем*,ссуд*',
  'invest*|investi*|invest*|inversi*,invertir,invierte*|инвест*,вложени*',
  'profit*,earnings|gewinn*,profit*|bénéfice*,profit*|beneficio*,ganancia*,lucro|прибыл*,доход*',
  'loss,losses|verlust*|perte,pertes|pérdida*|убыт*,потер{я,и,ю,ей,ь}',
  'revenue*,income*|einnahme*,einkommen*,einkünfte*|recette*,revenu*|ingreso*,renta*|доход*,выручк*',
  'wage,wages,salary,salaries,paycheck|lohn,löhne,löhnen,lohns,gehalt,gehälter*,mindestlohn*|salaire*,rémunér*|salario*,sueldo*|зарплат*,заработн*,оклад*',
  'pay,pays,paid,paying,payment*|zahl{en,t,te,ten},bezahl*,gezahlt,zahlung*|pay{er,e,é,ée,és,ent,ons},paie*,paiement*,versé*|pag{ar,a,an,ó,aron,ado,ada,o,os}|плат*,оплат*,заплат*',
  'spend,spends,spent,spending,expenditure*|ausgab*,ausgegeben,aufwend*|dépens*|gast{o,os,ar,a,an,ó,aron,ado}|трат*,расход*,потрат*',
  'save,saves,saved,saving*|spar*,gespart|économis*,épargn*|ahorr*|эконом{ит,ить,ят,или},сбереж*,сэконом*',
  'cut,cuts,cutting|kürz*,gekürzt,streich*,gestrichen|coupe,coupes,réduction*,réduire,réduit*|recort*|сокра*,урез*',
  'raise,raises,raised,raising,rise,rises,rose,risen,rising,increase*,hike,hikes|erhöh*,anheb*,angehoben,steigen,steigt,stieg,stiegen,gestiegen,anstieg*|augment*,hausse*,relève*,relever|aument*,subir,sube,suben,subió,subiendo,subida*,alza*|повыш*,повыс*,рост,роста,росту,ростом,увелич*,выро{с,сли,сла},раст{ет,ут,и}',
  'fall,falls,fell,fallen,drop,drops,dropped,decline*|sinken,sinkt,sank,sanken,gesunken,rückgang*,gefallen,fallen,fällt,fiel|baisse*,baisser,chute*,chuter,diminu*,recul*|baj{ar,a,an,ó,aron,ada},caída*,descen*,disminu*|паден*,снижени*,сниз*,упа{л,ли,ла},сокращени*',
  'reduce,reduces,reduced,reducing,reduction*,lower,lowers,lowered|senk*,gesenkt,reduzi*,verringer*|réduction*,réduire,réduit*,abaiss*|reduc*,rebaj*|сниж*,сниз*,уменьш*',
  'market,markets,marketplace|markt,märkte,markts,marktes|marché,marchés|mercado*|рын{ок,ка,ке,ку,ком,ки,ков,кам,ках}',
  'trade,trading,traded,commerce|handel*|commerce*,commercia*,échange*|comercio*,comercia*|торгов*',
  'export*|export*,ausfuhr*|export*|export*|экспорт*',
  'import,imports,imported,importing,importer*|import*,einfuhr*|import{,s,é,ée,és,er,ent,ation,ations,ateur,ateurs}|import{ar,a,an,ó,ado,aciones,ación,ador,adores}|импорт*,ввоз*',
  'tariff*,duties,customs|zoll,zölle,zöllen,zolls,strafzöll*|douane*,tarif*|arancel*,aduan*|пошлин*,тамож*',
  'company,companies,firm,firms,corporat*|unternehmen*,firma,firmen,konzern*,betrieb*|entreprise*,société*,firme*|empresa*,compañía*,firma*|компани*,предприяти*,фирм*,корпорац*',
  'business,businesses|geschäft*|affaires|negocio*|бизнес*',
  'industry,industries,industrial*|industrie*,industriell*|industri*|industri*|промышленн*,индустри*',
  'factory,factories,plant,plants|fabrik*,werk,werke,werken,werks|usine*|fábrica*,planta,plantas|завод*,фабрик*',
  'product*,goods|produkt*,ware,güter|produit*|producto*,bienes,mercancía*|продукт*,продукци*,товар*',
  'produce,produces,produced,producing,production,producer*,output|produzi*,produktion*,hersteller*,herstell*|produi*,product*|produc*|производ*',
  'supply,supplies,supplied,supplier*,deliver*|liefer*,versorg*|approvisionn*,livr*,fourni*|suministr*,abastec*,entreg*|постав*,снабж*',
  'demand,demands,demanded,demanding|forder*,nachfrage*,verlang*|demande*,exige*,exiger,réclam*|demand*,exig*,reclam*|требова*,треб{ует,уют},спрос*',
  'growth|wachstum*|croissance*|crecimiento*|рост,роста,росту,ростом',
  'grow,grows,grew,grown,growing|wachs*,wuchs,gewachsen|croît,croissent,croître,grandi*|crec*|раст{ет,ут,и},выро{с,сли,сла}',
  'recession*,downturn*|rezession*,abschwung*|récession*|recesi*|рецесси*,спад*',
  'wealth*,rich,richer,richest|reich,reiche,reichen,reicher,reichtum*,vermögen*|riche,riches,richesse*,fortune*|rico,ricos,rica,ricas,riqueza*|богат*',
  'poor,poorer,poorest,poverty|arm,arme,armen,armer,armut*|pauvre*,pauvreté|pobre*,pobreza|бедн*,нищет*',
  'bankrupt*,insolven*|insolven*,pleite*,bankrott*|faillite*|quiebra*,bancarrota*,insolven*|банкрот*',
  'shop,shops,store,stores,retail*,supermarket*|geschäft*,laden,läden,einzelhandel*,supermarkt*|magasin*,commerce*,supermarché*|tienda*,comercio*,supermercado*|магазин*,розничн*,супермаркет*',
  'customer*,consumer*,client*|kunde,kunden,kundin*,verbraucher*,konsument*|client*,consommat*|client*,consumidor*|потребител*,клиент*,покупател*',
  'sell,sells,sold,selling,sale,sales|verkauf*,verkäuf*|vend*,vente*|vend*,venta*|прода*',
  'buy,buys,bought,buying,purchase*|kauf*,kauft,gekauft,käufer*,erwerb*|achet*,achat*,acquér*,acquis*|compr{ar,a,an,ó,aron,ado,ada,as,ador,adores},adquir*|покуп*,купи*,купл*,приобре*',
  'share,shares,stock,stocks,shareholder*|aktie*,aktionär*,anteil*|action,actions,actionnaire*|acci{ón,ones},accionista*|акци{я,и,ю,й,ям,ями,ях},акционер*',
  'currency,currencies,euro,euros,dollar*,rouble*,ruble*|währung*,euro,dollar*,rubel*|monnaie*,devise*,euro,euros,dollar*,rouble*|moneda*,divisa*,euro,euros,dólar*,rublo*|валют*,евро,доллар*,рубл*',
  'billion*|milliarde*|milliard*|millardo*|миллиард*,млрд',
  'million*|million*,mio|million*|millón,millones|миллион*,млн',
  'percent,percentage*|prozent*|pourcentage*|porcentaje*|процент*',
  'subsid*|subvention*,förder*|subvention*|subvenci*,subsidi*|субсиди*,дотаци*',
  'aid,assistance|hilfe,hilfen,unterstützung*|aide,aides,assistance*|ayuda,ayudas,asistencia*|помощ*',
  // Work, jobs and unions
  'job,jobs,employment,employ,employed,employer*,employee*|arbeitsplatz*,arbeitsplätze*,stelle,stellen,beschäftig*,arbeitgeber*,arbeitnehmer*,job,jobs|emploi*,employ*,poste,postes|empleo*,emple{ar,a,an,ado,ados,ada,adas},puesto*,trabajo*|занятост*,работодател*,вакан*,трудоустр*',
  'work,works,worked,working|arbeit,arbeiten,arbeitet,arbeitete,arbeiteten,gearbeitet|travail,travaux,travaill*|trabaj*|работ*',
  'worker*,workforce,labour,labor,staff|arbeiter*,arbeitskräfte*,belegschaft*,personal,mitarbeiter*|travailleur*,salarié*,ouvrier*,personnel*|trabajador*,obrero*,personal,plantilla*|рабоч{ий,их,ие,им,ими,его},работник*,сотрудник*,персонал*',
  'unemploy*,jobless*|arbeitslos*,erwerbslos*|chômage*,chômeur*|desemple*,parad{o,os,a,as}|безработ*',
  'union,unions,unionist*|gewerkschaft*,verband,verbände*,verbandes|syndica*|sindica*|профсоюз*',
  'strike,strikes,striking,walkout*|streik*|grève*|huelga*|забастов*,бастова*,бастуют,стачк*',
  'pension*,retire*|rente,renten,rentner*,ruhestand*,pension*|retraite*,pension*|pensi*,jubila*|пенси*',
  // Farming, food and land
  'farm,farms,farming,farmer*,agricultur*|landwirt*,bauer*,bäuer*,hof,höfe,agrar*|agricult*,agricole*,ferme,fermes,exploitation*,paysan*|agricult*,agrícola*,granja*,campesin*,agricultor*|фермер*,сельск*,аграр*,хозяйств*',
  'crop,crops,harvest*|ernte*,geernte*|récolte*,moisson*|cosecha*|урожа*,посев*',
  'wheat,grain,grains,cereal*|weizen*,getreide*|blé,céréale*,grain,grains|trigo*,cereal*,grano,granos|пшениц*,зерн*',
  'milk,dairy|milch*|lait,laitier*,laitière*|leche*,lácte*|молок*,молочн*',
  'meat|fleisch*|viande*|carne,carnes|мяс{о,а,у,ом,е},мясн*',
  'cattle,cow,cows,livestock|rinder*,kuh,kühe,vieh*|bétail*,vache*,bovin*|ganado*,vaca,vacas,bovin*|скот*,коров*',
  'food,foods,foodstuff*|lebensmittel*,essen,nahrung*,nahrungsmittel*|aliment*,nourriture*|aliment*,comida*|продовольств*,питани*,пищ{а,и,у,ей,евой,евые,евых},еда,еды,еду,едой',
  'eat,eats,ate,eaten,eating|essen,isst,aß,aßen,gegessen|mang{er,e,ent,é,eons}|com{er,e,en,ió,ieron,ido}|едят,съел{,и,а},съест*',
  'hunger,hungry,famine*,starv*|hunger*,hungersnot*|faim,famine*|hambre*,hambruna*|голод*',
  'fertili*,pesticide*|dünger*,dünge*,pestizid*|engrais*,pesticide*|fertiliz*,abono*,pesticid*|удобрени*,пестицид*',
  'land,soil,fields,field|boden,böden,feld,felder,acker*,fläche*|terre,terres,sol,sols,champ,champs|tierra,tierras,suelo,suelos,campo,campos|земл{я,и,ю,ей,е,ям,ями,ях},почв*,пол{е,я,ей,ях}',
  'forest*,wood,woods,tree,trees|wald,wälder,waldes,baum,bäume*,forst*|forêt*,arbre*,bois|bosque*,árbol*,selva*|лес,леса,лесу,лесов,лесн*,дерев*',
  // Energy, climate and environment
  'energy,energies|energie*|énergie*,énergétique*|energía*,energétic*|энерги*,энергетическ*',
  'electricity,electric*,grid|strom*,elektri*|électri*|electric*,eléctric*|электри*,электроэнерги*',
  'gas,gases|gas,gase,gases,erdgas*|gaz|gas,gases|газ,газа,газу,газом,газе,газов*',
  'oil,petroleum,crude|öl,öls,erdöl*,rohöl*|pétrole*,pétrolier*|petróle*,crudo|нефт*',
  'coal|kohle*|charbon*|carbón*|уголь,угля,углем,угольн*',
  'nuclear,atomic|atom*,kernkraft*,nuklear*|nucléaire*,atomique*|nuclear*,atómic*|атомн*,ядерн*',
  'solar|solar*,sonnenenergie*,photovoltaik*|solaire*,photovoltaïque*|solar,solares,fotovoltaic*|солнечн*',
  'wind|wind,windkraft*,windräder*,windenergie*|vent,vents,éolien*|viento*,eólic*|ветер,ветра,ветру,ветров*,ветрян*',
  'fuel,fuels,petrol,gasoline,diesel|treibstoff*,kraftstoff*,benzin*,diesel,dieselpreis*|carburant*,essence,gazole,diesel*|combustible*,gasolina*,gasóleo*,diésel*|топлив*,бензин*,дизел*',
  'climate*|klima*|climat*|clim*|климат*',
  'weather|wetter*,witterung*|météo*,temps|clima,tiempo|погод*',
  'temperature*,degree,degrees|temperatur*,grad|température*,degré*|temperatura*,grado,grados|температур*,градус*',
  'heat,hot,heatwave*,warm,warmer,warming|hitze*,heiß,heiße,heißer,heißes,warm*,erwärm*|chaleur*,chaud*,canicule*,réchauff*|calor*,caliente*,calentamiento*|жар{а,ы,у,ко,кий,кая,кое},тепл*,знойн*',
  'cold,colder,freezing,frost*|kalt,kalte,kalten,kälte*,frost*|froid*,gel,gelée*|frío,fría,fríos,frías,helad*|холод*,мороз*',
  'rain,rains,rained,rainfall|regen*,niederschl*|pluie*,pluvi*|lluvia*,llover,llueve|дожд*,осадк*',
  'snow,snowfall|schnee*|neige*|nieve*,nevad*|снег,снега,снегу,снегом,снеж*,снегопад*',
  'storm*,hurricane*|sturm*,stürm*,unwetter*,orkan*|tempête*,orage*,ouragan*|tormenta*,temporal*,huracán*,huracan*|шторм*,бур{я,и,ю,ей},ураган*',
  'flood*|hochwasser*,überschwemm*,flut*|inond*,crue,crues|inundaci*,inundad*,crecida*|наводнени*,паводк*,затоп*',
  'drought*,dry,drier|dürre*,trocken*|sécheresse*,sec,sèche,secs,sèches|sequía*,seco,seca,secos,secas|засух*,засушлив*,сух{ой,ая,ое,ие,о}',
  'fire,fires,wildfire*,blaze*|brand,brände,brandes,feuer*,waldbr*|incendie*,feu,feux|incendio*,fuego*|пожар*,огон{ь},огня',
  'emission*,carbon,co2,pollut*|emission*,ausstoß*,kohlendioxid*,co2,verschmutz*|émission*,carbone*,co2,pollu*|emisi*,carbono,co2,contamin*|выброс*,углерод*,co2,загрязн*',
  'environment*,ecolog*,green,greens|umwelt*,ökolog*,grüne,grünen,grün|environnement*,écolog*,vert,verts,verte,vertes|ambiente,ambiental*,ecológ*,verde,verdes|окружающ*,экологи*,зелен*',
  'nature,natural,wildlife|natur*|nature*,naturel*|naturaleza*,natural*|природ*',
  'animal*|tier,tiere,tieren,tierwelt*|animal,animaux|animal*|животн*',
  'water,waters|wasser*|eau,eaux|agua,aguas|вод{а,ы,е,у,ой,ам,ами,ах},водоснабж*',
  'river*|fluss,flüsse*,flusses|fleuve*,rivière*|río,ríos|рек{а,и,е,у,ой,ам,ами,ах}',
  'sea,seas,ocean*,coast*|meer*,ozean*,see,küste*|mer,mers,océan*,côte*,littoral*|mar,mares,océano*,costa,costas,coster*|мор{е,я,ю,ем,ей,ям,ях},морск*,океан*,побереж*',
  // Health and hospitals
  'health,healthy,healthcare|gesundheit*,gesund,gesunde,gesunden|santé,sain,saine,sains,saines|salud,sanitari*,san{o,a,os,as}|здоровь*,здоров*,здравоохранени*',
  'hospital*,clinic*|krankenhaus*,krankenhäuser*,klinik*,spital*|hôpita*,hospital*,clinique*|hospital*,clínica*|больниц*,госпитал*,клиник*',
  'doctor*,physician*|arzt,ärzte*,ärztin*,ärztlich*,mediziner*|médecin*|médic{o,os,a,as},doctor*|врач*,доктор*,медик*',
  'nurse*,nursing,carer*|pfleger*,pflegekr*,krankenschwester*,pflege*|infirmi*,soignant*|enfermer*|медсестр*,медбрат*,сиделк*',
  'patient*|patient*|patient*|paciente*|пациент*,больн{ой,ые,ых,ым,ыми,ого}',
  'disease*,illness*,ill,sick,sickness|krankheit*,krank,kranke,kranken,erkrank*|maladie*,malade*|enfermedad*,enferm{o,os,a,as}|болезн*,заболева*,заболел*',
  'virus*,infect*,epidemic*,pandemic*|virus*,viren,infekt*,infizi*,epidemi*,pandemi*|virus,infect*,épidémi*,pandémi*|virus,infecc*,infectad*,epidemi*,pandemi*|вирус*,инфекц*,зараж*,заразил*,эпидеми*,пандеми*',
  'medicine*,medical,drug,drugs,medication*|medizin*,medikament*,arznei*|médicament*,médical*,médecine*|medicament*,medicina*,fármaco*|лекарств*,медицин*,препарат*',
  'vaccin*|impf*,geimpft*,vakzin*|vaccin*|vacun*|вакцин*,привив*',
  'treat,treats,treated,treating,treatment*,therapy,therapies|behandl*,therapie*|trait{er,e,é,ée,és,ement,ements},soign*,thérapie*|tratamiento*,trat{ar,a,an,ado,ada},terapia*|лечени*,лечит*,леч{ат,ить,или},лечебн*,терапи*',
  'mental,psychological|psychisch*,seelisch*,psycholog*|mental*,psychi*,psycholog*|mental*,psicológ*,psíquic*|психическ*,психологическ*,душевн*',
  'care,caring,cared|betreu*,versorg*,fürsorge*|soin,soins|atenci*,cuidado*,cuidar|уход,ухода,забот*',
  // Schools, children and families
  'school,schools,schooling|schule*,schul*|école*,scolaire*,lycée*,collège*|escuela*,colegio*,escolar*|школ*',
  'pupil*,student*|schüler*,student*|élève*,étudiant*|alumn*,estudiante*|ученик*,учени{ки,ков,кам,цы},студент*,школьник*',
  'teacher*,teaching|lehrer*,lehrkr*,lehrkräfte*|enseignant*,professeur*,instituteur*|profesor*,maestr*,docente*|учител*,педагог*,преподавател*',
  'education*,educational|bildung*,erziehung*,ausbildung*|éducati*,enseignement*,formation*|educaci*,educativ*,enseñanza*,formaci*|образовани*,обучени*',
  'university,universities,college*|universität*,hochschule*,uni|université*,universitaire*,faculté*|universidad*,universitari*,facultad*|университет*,вуз,вуза,вузы,вузов,вузах',
  'child,children,childhood,kid,kids|kind,kinder,kindern,kindes,kindheit*|enfant*,enfance|niño,niños,niña,niñas,infancia*,infantil*|дет{и,ей,ям,ьми,ях},ребен{ок,ка,ку,ком,ке},детск*',
  'family,families|familie*,famili*|famille*,familial*|familia*,familiar*|семь{я,и,ю,ей,ям,ями,ях},семейн*',
  'parent,parents,mother*,father*|eltern*,mutter,mütter*,vater,väter*|parent,parents,mère*,père*|padre,padres,madre,madres|родител*,мат{ь,ери,ерью},отец,отца,отцу,отцом,отцы',
  'young,youth,youngster*,teenager*|jung,junge,jungen,junger,jugend*,jugendlich*|jeune,jeunes,jeunesse|joven,jóvenes,juventud*,adolescent*|молод*,подрост*,юнош*',
  'old,older,elderly,senior*|alt,alte,alten,alter,altes,älter*,senior*|âgé,âgée,âgés,âgées,vieux,vieille*,ancien*,aîné*|viej{o,os,a,as},mayores,ancian*|стар{ый,ая,ое,ые,ых,ого,ом,ую,ше},пожил*,пенсионер*',
  'woman,women|frau,frauen|femme*|mujer,mujeres|женщин*',
  'man,men|mann,männer,männern|homme*|hombre*|мужчин*',
  'people,persons,person,population*|menschen,mensch,leute,bevölkerung*,person,personen|gens,personnes,population*|gente,personas,persona,població*|люд{и,ей,ям,ьми,ях},человек*,населени*',
  'resident*,inhabitant*|einwohner*,bewohner*,anwohner*|habitant*,riverain*,résident*|habitante*,vecino*,residente*|жител*',
  'community,communities,neighbourhood*,neighborhood*|gemeinschaft*,nachbarschaft*,viertel*|communaut*,quartier*|comunidad*,barrio*,vecindario*|сообществ*,общин*,район*',
  'society,social*|gesellschaft*,sozial*|sociét*,social*,sociaux|sociedad*,social*|обществ*,социальн*',
  // Places
  'town,towns,village*|stadt,städte,ort,orte,dorf,dörfer*,gemeinde*|ville,villes,village*,commune*|ciudad,ciudades,pueblo*,localidad*,municipio*|город,города,городу,городом,городе,городов,деревн*,сел{о,а,е,у,ом},поселк*,поселок',
  'city,cities,urban,metropol*|großstadt*,stadt,städte,städtisch*|ville,villes,urbain*,métropol*|ciudad,ciudades,urbano*,urbana*,metrópoli*|город,города,городу,городом,городе,городов,городам,городами,городах,городск*,мегаполис*',
  'capital|hauptstadt*|capitale*|capital|столиц*',
  'region*,province*|region*,provinz*,bundesland*,länder|région*,province*,département*|región,regiones,regional*,provincia*|регион*,област*,кра{й,я,ю,ем,е}',
  'local,locally,municipal*,council,councils|lokal*,örtlich*,kommunal*,gemeinderat*,stadtrat*|local*,municipal*,conseil*|local,locales,localmente,municipal*,ayuntamiento*,concejo*|местн*,муниципальн*,совет*',
  'rural,countryside,village,villages|ländlich*,dorf,dörfer*|rural*,campagne*,village*|rural*,campo,pueblo*|сельск*,деревн*,сел{о,а,е,у,ом}',
  'north*|nord*|nord*|norte*|север*',
  'south*|süd,süden,südlich*|sud|sur,sureste,suroeste|юг,юга,югу,юге,южн{ый,ая,ое,ые,ых,ого,ом,ой,ую}',
  'east,eastern,easterly|ost,osten,östlich*|orient,oriental*|oriental*|восто*',
  'west*|west*|ouest|oeste,occidental*|запад*',
  // Transport and infrastructure
  'transport*,transit|verkehr*,nahverkehr*,transport*|transport*|transport*|транспорт*',
  'rail,railway*,railroad*,train,trains|bahn*,eisenbahn*,zug,züge,zügen,bahnstrecke*|ferroviaire*,train,trains,rail,rails,sncf|ferrocarril*,ferroviari*,tren,trenes|железн*,поезд*,железнодорожн*,электричк*',
  'station,stations|bahnhof*,bahnhöfe*,station*,haltestelle*|gare,gares,station*|estaci{ón,ones}|станци*,вокзал*',
  'road,roads,highway*,motorway*,street,streets|straße*,strasse*,autobahn*|route,routes,autoroute*,rue,rues|carretera*,autopista*,calle,calles|дорог{а,и,е,у,ой,ам,ами,ах},шоссе,трасс*,улиц*',
  'bridge,bridges|brücke*|pont,ponts|puente*|мост,моста,мосту,мостом,мосте,мосты,мостов',
  'car,cars,vehicle*|auto,autos,wagen,fahrzeug*,pkw|voiture*,véhicule*,auto,autos|coche,coches,vehículo*,auto,autos,automóvil*|автомобил*,машин*',
  'bus,buses|bus,busse,bussen|bus,autobus|autobús,autobuses,bus|автобус*',
  'traffic,congestion|verkehr*,stau,staus|circulation,trafic,embouteillage*,bouchon*|tráfico,atasco*|пробк*,движени*,трафик*',
  'flight,flights,fly,flew,flying,flown|flug,flüge*,fliegen,fliegt,flog,geflogen|vol,vols,voler|vuelo*,vol{ar,ó,aron}|рейс*,полет*,лет{ать,ит,ят,ел,ели}',
  'airport*,airline*,aviation|flughafen*,flughäfen*,fluggesellschaft*,luftfahrt*,airline*|aéroport*,aérien*,aviation*|aeropuerto*,aerolínea*,aéreo*,aérea*,aviaci*|аэропорт*,авиакомпани*,авиаци*',
  'plane,planes,aircraft,airplane*,jet,jets|flugzeug*,maschine|avion,appareil*|avión,aviones,aeronave*|самолет*',
  'port,ports,harbour*,harbor*|hafen,häfen*|port,ports|puerto*|порт,порта,порту,портом,порты,портов',
  'ship,ships,shipping,vessel*,boat,boats,ferry,ferries|schiff*,boot,boote,fähre*|navire*,bateau*,ferry|barco*,buque*,ferry|суд{но,на,ном,ов,ам,ах},корабл*,лодк*,паром*',
  'passenger*,traveller*,traveler*,commuter*|fahrgäste*,fahrgast*,passagier*,reisend*,pendler*|passager*,voyageur*,usager*|pasajer*,viajero*,usuario*|пассажир*',
  'travel,travels,travelled,traveled,travelling,traveling,trip,trips,journey*|reise,reisen,reist,gereist|voyag*,trajet*|viaj*,trayecto*|поездк*,путешеств*',
  'tourism,tourist*|tourismus*,tourist*|touris*|turis*|турис*,туризм*',
  'infrastructure*|infrastruktur*|infrastructure*|infraestructura*|инфраструктур*',
  'build,builds,built,building,construct*|bau,baut,baute,bauten,gebaut,bauen,errichte*|constru*,bâti*|constru*,edific*|строит*,строя*,строил*,строительств*,постро*,стройк*',
  'building,buildings|gebäude*|bâtiment*,immeuble*,édifice*|edificio*,inmueble*|здани*,сооружени*',
  'house,houses,housing,home,homes|haus,häuser*,hauses,wohnung*,wohnraum*,eigenheim*|maison*,logement*,habitation*,domicile*|casa,casas,vivienda*,hogar*,domicilio*|дом,дома,дому,домом,доме,домов,жиль*,жилищ*,квартир*',
  'rent,rents,rented,tenant*,landlord*|miete*,mieter*,vermieter*,miet*|loyer*,locataire*,propriétaire*,bailleur*|alquiler*,inquilin*,arrend*,casero*|аренд*,квартплат*,арендатор*',
  'homeless*|obdachlos*,wohnungslos*|sdf,itinérance*|indigente*,sintecho*|бездомн*',
  'owner*,property,properties|eigentümer*,besitzer*,eigentum*|propriétaire*,propriété*|propietari*,propiedad*|собственник*,владел*,собственност*,имуществ*',
  // Verbs of statements and decisions
  'say,says,said,saying,stated,statement*,tell,tells,told|sag{en,t,te,ten},gesagt,erklär*,äußer*,aussage*|dit,dire,disent,disait,déclar*,affirm*|dic{e,en,ho,ha},dijo,dijeron,decir,declar*,afirm*|сказа*,говор*,заяв*',
  'tell,tells,telling,told|erzählt*,erzähl*,mitgeteilt|racont*|cont{ar,ó,aron},relat*|рассказ*,сообщ*',
  'ask,asks,asked,asking,question,questions|frag{e,en,t,te,ten},gefragt,anfrage*|demand{e,é,ait},interrog*,question*|pregunt*,cuestion*|спрос{ил,или,ила},спраш*,вопрос*,вопрос',
  'answer*,respond*,reply,replied,replies,response*|antwort*,beantwort*,reagier*,reaktion*|répond*,réponse*,réagi*,réaction*|respond*,respuesta*,contest*,reaccion*|ответ*,отвеча*,реагир*,реакци*',
  'announce*|ankündig*,angekündigt,verkünd*,bekanntgegeben|annonc*|anunci*|объяв*,анонсир*',
  'explain*,explanation*|erklär*,erläuter*|expliqu*,explication*|explic*|объясн*,поясн*',
  'confirm*|bestätig*|confirm*|confirm*|подтверд*,подтвержд*',
  'deny,denies,denied,denial*|bestreit*,bestritt*,dementi*,leugn*|dément*,démenti*,nier,nie,nient,nié|neg{ar,ó,aron,aba},desmient*,desmint*|отрица*,опроверг*,отверг*',
  'admit*,acknowledg*,concede*|zugeben,zugegeben,eingeräumt,eingestanden|admet*,admis,avou*,reconn*|admit*,reconoc*|призна*',
  'claim,claims,claimed,claiming,allege*|behaupt*|prétend*,affirm*,revendiqu*|asegur*,sostien*,alega*|утвержда*',
  'warn,warns,warned,warning*|warn*,gewarnt|averti*,alert*|advert*,adviert*,alert*|предупрежд*,предупред*',
  'criticis*,criticiz*,critic,critics,criticism*|kritik*,kritisi*,kritiker*|critiqu*|critic*,crític*|критик*,критич*,раскритик*',
  'call,calls,called,calling,urge,urged,urges|fordert*,aufgefordert,appell*,rief,rufen,ruft|appel*,exhort*|llam{ar,a,an,ó,aron,ado,amiento},inst{ó,a,an}|призыв*,призва*,призвал*',
  'promise*,pledge*,vow,vows,vowed|versprech*,versprochen,versprach*,zusag*|promet*,promis,promesse*,engag*|promet*,promesa*,compromet*|обеща*,пообеща*',
  'accept*|akzeptier*,annehm*,angenommen,hinnehm*|accept*|acept*|прин{ять,яли,ял,яла,имать,имает,имают,ятие},согла{сились,сился}',
  'reject*,refuse*,refusal*|ablehn*,abgelehnt,lehnt,lehnte,lehnten,weiger*,zurückgewiesen,zurückweis*|rejet*,rejeté*,refus*|rechaz*,rehús*,rehus*,niega*|отверг*,отказ*,отклон*',
  'allow,allows,allowed,allowing,permit*,authoris*,authoriz*|erlaub*,zulass*,zugelassen,genehmig*|permet*,permis,autoris*|permit*,autoriz*|разреш*,позвол*,допуска*,допуст*',
  'ban,bans,banned,banning,forbid*,prohibit*|verbot*,verbiet*|interdi*,prohib*|prohib*,vet{ar,ó,o}|запрет*,запрещ*',
  'decide,decides,decided,deciding,decision*|entscheid*,entschied*,beschließ*,beschlossen,beschluss*|décid*,décision*|decid*,decisi*|решени*,реши{л,ли,ла,ть,м},реш{ат,ает,ают,ено}',
  'approve*,approval*,adopt,adopted,adopts|billig*,gebilligt,beschlossen,verabschied*|approuv*,approbation*,adopt*|aprob*,adopt*|одобр*,утверд*,утвержд*,прин{ять,яли,ял,яла}',
  'propose*,proposal*,suggest*|vorschlag*,vorschläge*,vorgeschlagen|propos*,sugg*|propon*,propuesta*,propus*,suger*|предлож*,предлага*',
  'discuss*,debate*|diskut*,debatt*,beraten,berät|discut*,débat*|discut*,debat*|обсужд*,обсуди*,дебат*',
  'plan,plans,planned,planning|plan,pläne*,planen,plant,plante,planung*,geplant|plan,plans,planifi*,prévoi*,prévu*|plan,planes,planific*,previst*|план,плана,плану,планом,плане,планы,планов,планир*',
  'try,tries,tried,trying,attempt*|versuch*|essai*,essay*,tent*|intent*,trat{ar,a,an,ó,aron}|пыта*,попыт*,постара*',
  'want,wants,wanted,wanting,wish*|woll{en,te,ten},will,willst,wünsch*,wunsch*|veu{t,lent,x},voul{oir,ait,aient,u},souhait*|quier{e,en,o},quer{er,emos,ía,ían},dese*|хоч{ет,у},хот{ят,ел,ели,ела,им},жела*',
  'need,needs,needed,necessary,necessity|brauch*,benötig*,notwendig*,nötig*,bedarf|besoin*,nécessa*|necesit*,necesari*|нужн*,нуж{ен,на,но,ны},необходим*,потребност*',
  'must,obliged,obligation*,require*,requirement*|müssen,muss,musste,mussten,verpflicht*,pflicht*,erforder*|doit,doivent,devoir,oblig*,exig*|deb{e,en,er,ía},oblig*,requier*,requisit*|должн*,обязан*,обязательн*,требова*',
  'help,helps,helped,helping|helf*,hilft,half,geholfen|aid{er,e,ent,é,ait},aide|ayud*|помог*,помощ*,помоч*',
  'support,supports,supported,supporting,supporter*,backing|unterstütz*,befürwort*,anhänger*|soutien*,souten*,soutient*,appui*|apoy*,respald*,partidari*|поддерж*,сторонник*',
  'fight,fights,fought,fighting,combat*,battle*|kampf*,kämpf*,bekämpf*,gekämpft|combat*,lutt*,bataille*|luch*,combat*,batalla*|борьб*,бор{ется,ются,оться},сраж*,бо{й,и,ев},бо{ях}',
  'defend*,defence,defense|verteidig*,abwehr*|défend*,défense*|defend*,defens*|оборон*,защищ*',
  'win,wins,won,winning,victory,victories|gewinn*,sieg*,gewann*|gagn*,victoire*,vainqu*,remport*|gan{ar,a,an,ó,aron,ado},victoria*,venc*|побед*,выигр*',
  'lose,loses,lost,losing,defeat*|verlier*,verlor*,niederlage*|perd*,défaite*|perd*,pierd*,derrota*|проигр*,потер*,пораж*',
  'change,changes,changed,changing|änder*,geändert,wandel*,veränder*,wechsel*|chang*,modifi*|cambi*,modific*|измен*,перемен*,смен*',
  'continue,continues,continued,continuing,remain,remains,remained|weitermach*,weitergeh*,weiterhin,fortsetz*,fortgesetzt,bleib*,blieb*,geblieben|continu*,poursui*,rest{e,er,ent,é,ait,era,eront,ons}|continu*,sigue,siguen,seguir,segu{ir,ía},permanec*|продолж*,оста{ется,ются,лся,лись,ваться}',
  'stop,stops,stopped,stopping,halt,halted,end,ends,ended,ending|stopp*,beend*,anhalten|arrêt{e,er,ent,é},cess*,fin|deten*,par{ar,an,ó},fin,final{,es},termin*|останов*,прекрат*,прекращ*,конец,конца,конце,заверш*',
  'start,starts,started,starting,begin,begins,began,begun,launch*|beginn*,begann,begonnen,start*,gestartet,anfang*,lancier*|commenc*,débu*,lanc*,démarr*|comenz*,empez*,inici*,lanz*|нача*,начин*,запуск*,запуст*',
  'wait,waits,waited,waiting,delay*|warten,wartet,wartete,warteten,gewartet,verzöger*,verspät*|attend*,retard*|esper{ar,a,an,ó,aron,ando},retras*,demor*|жд{ать,ут,ет,ал,али},ожида*,задержк*',
  'close,closes,closed,closing,closure*,shut,shuts,shutting,shutdown*|schließ*,geschlossen,schloss,schlossen,schließung*|ferm*|cerr*,cierr*,cierre*|закры*,закро*',
  'open,opens,opened,opening|öffn*,geöffnet,öffnung*,offen,eröffn*|ouvr*,ouvert*|abr{ir,e,en,ió,ieron,irá,irán},abiert*,apertura*|откры*,откро*',
  'know,knows,knew,known,knowledge|wiss{en,t},weiß,wusste*,bekannt*,kenn*|sa{it,vent,voir,vait,vaient},connai*,connu*|sab{er,e,en,emos,ía},conoc*|зна{ть,ет,ют,ем,ли,л,ла,ние,ния}',
  'believe,believes,believed,think,thinks,thought|glaub*,denk*,dachte*,meint*,meinung*|cro{it,ient,ire,yait},pens*|cre{e,en,er,emos,ía},pens*,opin*|счита*,дума*,полага*,вер{ит,ят,ю,ил,или}',
  'fear,fears,feared,afraid,worry,worried,worries,concern,concerns,concerned|angst,ängste*,befürcht*,fürcht*,sorge,sorgen,besorg*|craint*,crain{dre,t,s},peur,peurs,inquiet*,inquiét*,préoccup*|tem{e,en,er,or,ores,ía},mied{o,os},preocup*,inquiet*|боя{тся,ться,лся,лись},опаса*,страх*,беспоко*,тревог*,обеспокоен*',
  'hope,hopes,hoped,hoping|hoff*|espèr*,espér*,espoir*|esper{a,an,anza,anzas,amos},ojalá|наде*',
  'expect,expects,expected,expecting,expectation*|erwart*|attend{u,us,ue,ues}|esper{ado,ados,ada,adas},prev{é,én},previst*,prevé|ожида*',
  'harm,harms,harmed,harmful,hurt,hurts,hurting,damage*|schad*,schäd*,geschadet,beschädig*|nui{re,t,sent,sible},dommage*,endommag*,dégât*,préjudic*|daño*,dañ{ar,a,an,ó,ado},perjudic*,perjuicio*|вред*,ущерб*,поврежд*,повред*,поврежден*',
  'destroy*,destruction|zerstör*|détrui*,destruct*|destru*|разруш*,уничтож*',
  'fail,fails,failed,failing,failure*|scheiter*,versag*,gescheitert,misserfolg*,fehlschlag*|échou*,échec*|fracas*,fall{ar,ó,aron,ido}|провал*,неудач*',
  'succeed*,success*,successful*|erfolg*,gelung*,gelingt,gelang|réussi*,succès|éxito*,exitos*,logr*|успе*,удал{ось,ось}',
  'improve*,improvement*|verbesser*|amélior*|mejor{ar,a,an,ó,aron,ado,ada,ía,ías},mejoras|улучш*',
  'worse,worsen*,deteriorat*,worst|schlechter*,verschlecht*,schlimmer*|pire,pires,aggrav*,détérior*,empir*|peor,peores,empeor*,agrav*,deterior*|хуже,ухудш*',
  'prevent*,avoid*|verhinder*,vermeid*|empêch*,évit*,préven*|evit*,impedi*,impid*,prevenir|предотвра*,избег*,избеж*',
  // More verbs of action
  'give,gives,gave,given,giving|geb{en,e},gibt,gab,gaben,gegeben|donn*|d{ar,a,an,io,ieron,ado,ada}|да{ть,ет,ют,л,ли,ла,вать},дад{ут,им}',
  'take,takes,took,taken,taking|nehm*,nimmt,nahm,nahmen,genommen|pren{d,dre,nent,ds},pris,prise,prises|tom{ar,a,an,ó,aron,ado,ada}|взя{ть,л,ли,ла},бер{ет,ут}',
  'receive*,received,get,gets,got|erhalt*,erhält,erhielt*,bekomm*,empfang*|reçoi*,reçu*,recev*,obten*,obtien*|recib*,obten*,obtien*,obtuv*|получ*',
  'offer*|boten,biet*,angebot*|offr*,offert*|ofrec*,ofert*|предлага*,предлож*',
  'send,sends,sent,sending|schick*,geschickt,send{en,et,ete},entsandt|envoi*,envoy*|envi{ar,a,an,ó,aron,ado,ados}|отправ*,посла{л,ли,ть},посыла*,направ*',
  'bring,brings,brought|bring*,brachte*,gebracht|apport*,amèn*,amen{er,é}|traer,trae,traen,trajo,trajeron|принос*,принес*,привез*,привод*,привел*',
  'show,shows,showed,shown|zeig*,gezeigt|montr*|muestr*,mostr*|показ*',
  'find,finds,found,finding*|find{en,et},fand*,gefunden|trouv*|encontr*,encuentr*,hall{ar,ó,ado}|наход*,найд*,нашл{и,а,ось},наш{ел}',
  'use,uses,used,using,usage|nutz*,benutz*,genutzt,verwend*,gebrauch*,einsetz*|utilis*,emploi*|us{ar,an,ó,aron,ado,ada},utiliz*|использ*,применя*,примен*',
  'create*,creation|schaff*,geschaffen,schuf,gründ*|cré{er,é,ée,és,ées,e,ent,ation,ations}|cre{ar,a,an,ó,aron,ado,ada,ación}|созда*',
  'develop*|entwickl*,entwickel*|développ*|desarroll*|развит*,развива*',
  'control*,manage,manages,managed,management|kontroll*,steuer*,verwalt*|contrôl*,gestion*,gér{er,é,ée}|control*,gestion*,gestión|контрол*,управлен*,управля*',
  'check*,inspect*,examin*|prüf*,geprüft,kontrolle*,überprüf*,untersuch*|vérifi*,inspect*,examin*|revis*,inspecc*,examin*,comprob*|провер*,инспек*,осмотр*',
  'investigat*,inquiry,inquiries,probe,probes|ermittl*,ermittel*,untersuchung*|enquête*,investigation*|investig*,pesquisa*|расследова*,следстви*,следовател*',
  'discover*,reveal*,uncover*|entdeck*,enthüll*,aufgedeckt|découv*,révél*|descubr*,revel*|обнаруж*,раскры*,выяв*',
  'report,reports,reported,reporting,reporter*|bericht*,berichtet,meldet,meldete,meldung*,gemeldet|rapport*,signal*|inform{e,es,ó,aron,ado},report*|сообщ*,доклад*,отчет*,репортер*',
  'publish*,publication*|veröffentlich*,publizi*|publi{er,é,ée,és,ées,e,ent,cation,cations}|public{ar,a,ó,ado,ada,ación,aciones}|опубликова*,публик*,издани*',
  'inform,informs,informed,information|informier*,information*|inform*|inform*|информ*',
  'news|nachricht*,neuigkeit*|nouvelle,nouvelles,actualité*,information*|noticia*|новост*,известия',
  'media,press,newspaper*,journalist*|medien,presse*,zeitung*,journalist*|médias,presse,journal,journaux,journalist*|medios,prensa,periódico*,diario*,periodist*|сми,пресс*,газет*,журналист*',
  'meet,meets,met,meeting*|treff*,getroffen,traf*,sitzung*,zusammenkunft*|rencontr*,réuni*|reun*,encuentro*|встреч*,встрет*,заседани*',
  'visit*|besuch*|visit*|visit*|визит*,посети*,посещ*',
  'return*|zurück*,rückkehr*,kehrt*|retour*,revien*,revenir,revenu{,e,s}|regres*,vuelv*,volv*,vuelta*|верну*,возвра*',
  'leave,leaves,left,leaving,quit,quits,quitting|verlass*,verließ*,verlässt|quitt*,partir,partent|dej{ar,a,an,ó,aron},abandon*,sal{ir,e,en,ió,ieron}|покину*,покида*,уйт{и},уход{ит,ят},уш{ел,ли,ла}',
  'arrive*,arrival*,come,comes,came,coming|ankomm*,angekommen,ankunft*,kommen,kommt,kam,kamen|arriv*,vien{t,nent},venir,venu*|lleg*,vien{e,en},venir,vin{o,ieron}|прибы*,приезж*,прие{хал,хали},прих{од,одит,одят}',
  'live,lives,lived,living|leben,lebt,lebte,lebten,gelebt|vi{t,vent,vre,vait},habit{er,ent,e}|viv{ir,e,en,imos,ía,ían,ió,ieron,iendo}|жив{ет,ут,у,ем},жил{,и,а},прожива*',
  'move,moves,moved,moving|bewegen,bewegt,umzieh*,umgezogen|déménag*,déplac*|traslad*,mud{ar,anza}|переезж*,переех*,перемещ*',
  'flee,flees,fled,fleeing,escape*|flieh*,flucht,floh*,geflohen,entkomm*|fui{r,t,ent},fuite*,enfui*,échapp*|hu{ir,ye,yen,yó,yeron},huida*,escap*|беж{ать,ит,али},бегств*,сбеж*',
  'evacuat*|evakuier*|évacu*|evacu*|эвакуи*,эвакуац*',
  'rescue*,saved|rett*,gerettet,bergung*|sauver,sauvé,sauvée,sauvés,sauvetage*,sauveteur*,secour*|rescat*,salvar,salvó,salvaron,salvad*,salvament*|спас*',
  'free,freed,release,released,releasing|freilass*,freigelassen,befrei*,frei|libér*,libre*|liber*,libre*|освобод*,освобожд*,свобод*',
  'freedom*,liberty|freiheit*|liberté*|libertad*|свобод*',
  'resign*,resignation*|rücktritt*,zurückgetret*,zurücktret*|démission*|dimi{tir,te,tió,sión}|отставк*,уволи*',
  'appoint*,nominat*|ernenn*,ernannt|nomm{er,é,ée,és,ent,ait},nomination*|nombr{ar,ó,ado,ada,amiento},designa*|назнач*',
  'sign,signs,signed,signing,signature*|unterzeichn*,unterschreib*,unterschrieb*,unterschrift*|sign{er,é,ée,ent,ature,atures,ataire,ataires}|firm{ar,ó,aron,ado,ada,an}|подпис*',
  'join,joins,joined,joining,member*|beitret*,beigetreten,beitritt*,mitglied*|adhér*,rejoin*,membre*|adhes*,ingres*,unir{se},miembro*,sumar{se}|вступ*,присоедин*,член*',
  'protest*,demonstrat*,rally,rallies|protest*,demonstr*,kundgeb*|manifest*,protest*|protest*,manifest*|протест*,митинг*,демонстрац*,акци{я,и,ю,й}',
  'respect*|respekt*,achtung*|respect*|respet*|уважа*,уважени*',
  'trust,trusts,trusted,confidence|vertrau*|confian*|confian*,confí*|довер*',
  'blame*,fault|schuld,vorwurf*|reproch*,faute*|culpa*,culp{an,ó}|вин{а,ы,у,ой},обвин*',
  'thank*,grateful*|dank*|merci,remerc*|agradec*,gracias|благодар*,спасибо',
  'welcome*|begrüß*,willkommen*|salu{e,er,é,ent},bienvenu*,accueill*|acog*,bienvenid*,celebr{ó,a,an}|приветств*',
  'punish*,penalt*|straf*,bestraf*|puni*,sanction*|castig*,pena,penas|наказ*,штраф*',
  'fine,fined,fines|bußgeld*,geldstraf*,geldbuße*|amende*|multa*|штраф*',
  'sue,sued,lawsuit*|klag*,verklag*|poursui*,plainte*|demand{a,ó,aron,ar},querell*|иск,иска,иски,исков,суди{ться,лся}',
  'limit*,restrict*|begrenz*,beschränk*,limit*,grenzwert*|limit*,restrei*,restrict*|limit*,restring*,restricci*|огранич*,лимит*',
  'force,forced,forces,forcing,pressure*|zwing*,gezwungen,zwang*,druck*|forc{er,é,ée,és,ent},oblig*,pression*|forz*,obligad*,presi{ón,ones,onar}|вынужд*,застав*,давлени*',
  'recognis*,recogniz*,recognition|anerkenn*,anerkannt*|reconn*|reconoc*|призна*',
  'unite*,unity|vereinig*,vereint*,einheit*|uni{r,s,e,es},unité*|unid{o,os,a,as,ad},unir|объедин*,единств*',
  'divide*,division*,split,splits|spalt*,geteilt*,teil{en,t},uneinig*,trenn*|divis*,divi{se,sé},scission*|divid*,divisi*|раскол*,раздел*',
  'share,shares,shared,sharing|teil{en,t,te,ten},geteilt|partag*|compart*|дел{ит,ят,иться},раздел{ять,яют}',
  'earn*|verdien*,verdient*|gagn{er,e,ent}|gan{ar,a,an}|зарабат*,заработ*',
  'owe,owes,owed,borrow*|schuldet,lieh*,leih*|doi{t,vent},emprunt*|deb{e,en},prestad*|долж{ен,ны},займ*',
  'keep,keeps,kept,keeping,maintain*|behalt*,behält,hielt*,beibehalt*|gard{er,e,ent,é},maintenir,maintient,maintiennent,maintenu,maintenue,maintien|manten*,mantien*,mantuv*,conserv*|сохран*,поддержива*',
  // Qualities
  'new,newly|neu,neue,neuen,neuer,neues,neuem,neuerdings,erneut*|nouveau,nouvelle,nouveaux,nouvelles,nouvel|nuevo,nueva,nuevos,nuevas|нов{ый,ая,ое,ые,ых,ого,ому,ом,ую,ой,ыми,ым}',
  'big,bigger,biggest,large,larger,largest,huge,major|groß,große,großen,großer,großes,größer*,größt*,riesig*|grand,grande,grands,grandes,gros,grosse,énorme*,majeur*|grande,grandes,mayor,enorme*,gran|больш{ой,ая,ое,ие,их,ого,ому,ую,им,ими},крупн*,огромн*',
  'small,smaller,smallest,little,minor,tiny|klein*,gering*,kavaliersdelikt*|petit,petite,petits,petites,mineur*,minime*|pequeñ*,menor,menores,chico,chica|мал{ый,ая,ое,ые,ых,ого,ом,ую,енький,ейший,о},небольш*,мелк*',
  'hard,harder,difficult*|schwer,schwere,schweren,schwerer,schwierig*|difficile*,difficult*,dur,dure,durs,dures|difícil*,dificult*,duro,dura,duros,duras|трудн*,сложн*,тяжел*',
  'easy,easier,easily|einfach*,leicht*|facile*,facilement|fácil*,fácilmente|легк*,легче,прост{ой,ая,ое,ые,о}',
  'serious,seriously,grave,severe*|ernst*,schwerwiegend*,gravierend*|sérieu*,grave*,graves|grave,graves,seri{o,os,a,as},severo*|серьезн*,тяжк*',
  'important*|wichtig*,bedeutend*|important*|important*|важн*,значим*',
  'fair,fairly,fairness,justice,unfair*|fair,gerecht*,ungerecht*,gerechtigkeit*|juste,justes,équitabl*,justice,injust*|justo,justa,justos,justas,justicia,injust*|справедлив*,честн*',
  'wrong,mistake*,error*,wrongly|falsch*,fehler*,irrtum*|erreur*,faux,fausse*,tort|error,errores,equivocad*,erróneo*,incorrect*|ошиб*,неправ*,неверн*',
  'correct,correctly,true,truth,accurate*|richtig*,korrekt*,wahr,wahre,wahrheit*,zutreffend*|correct*,vrai,vraie,vrais,vraies,vérité*|correct*,verdad*,ciert{o,a,os,as}|правильн*,правда,правды,верн{о,ый,ая,ые},истин*',
  'false,fake,lie,lies,lied,liar*|lüge*,gelogen,lügt*,falsch*|mensong*,ment{i,ir,eur},faux|mentir*,mentira*,falso*|лож{ь,и,ью},лжи,лгать,солга*,фейк*',
  'enough,sufficient*|genug,ausreichend*|assez,suffisa*|suficient*,bastante*|достаточн*',
  'always,ever,forever|immer,stets|toujours|siempre|всегда',
  'again,anew|wieder,erneut*,abermals|encore,derechef|nuevamente|снова,опять,вновь',
  'together,jointly,joint|gemeinsam*,zusammen*|ensemble,conjoint*,commun*|junt{o,os,a,as},conjunt*|вместе,совместн*',
  'soon,shortly|bald,demnächst|bientôt,prochainement|pronto,próximamente|скоро,вскоре',
  'quick,quickly,fast,faster,rapid*|schnell*,rasch*|rapid*,vite|rápid*,pronto|быстр*',
  'slow,slowly,slower|langsam*|lent,lente,lents,lentes,lentement|lent{o,a,os,as,amente}|медлен*',
  'high,higher,highest|hoch,hohe,hohen,hoher,hohes,höher*,höchst*|haut,haute,hauts,hautes,élevé*|alt{o,a,os,as},elevad*|высок*,выше',
  'low,lower,lowest|niedrig*,tief*,gering*|bas,basse,basses,faible*|baj{o,a,os,as}|низк*,ниже',
  'strong,stronger,strongest,strength*|stark,starke,starken,starker,stärke*,stärker*|fort,forte,forts,fortes,force*|fuert{e,es},fuerza*|сильн*,сил{а,ы,у,ой}',
  'weak,weaker,weakness*|schwach*,schwäch*|faible*,fragil*|débil*,debilidad*|слаб*',
  'good,better,best,well|gut,gute,guten,guter,gutes,besser*,best{e,en}|bon,bonne,bons,bonnes,meilleur*,bien|buen{o,a,os,as},bien,mejor,mejores|хорош*,лучш*',
  'bad,badly|schlecht*,schlimm*|mauvais*,mal|mal{o,a,os,as},mal|плох*',
  'possible,possibly,maybe,perhaps|möglich*,vielleicht|possible*|posibl*,quizás|возможн*',
  'impossible*|unmöglich*|impossible*|imposibl*|невозможн*',
  'clear,clearly|klar*,deutlich*|clair*,clairement|clar{o,a,os,as,amente}|ясно,ясн{ый,ая,ое,ые,ых},четк*',
  'different,difference*,various|unterschied*,verschieden*|différen*,divers*|diferen*,distint*,divers*|разн{ый,ые,ых},различ*',
  'same,equal*,similar|gleich*,ähnlich*|même,mêmes,égal*,semblabl*,similaire*|mism{o,a,os,as},igual*,similar*|одинаков*,равн*,похож*',
  'full,fully,complete*,entire*,whole|voll*,komplett*,ganze,ganzen,ganzer,ganzes,gänzlich*|plein*,complet*,entier*,entière*|llen{o,a,os,as},complet*,entero*,enter{a,as}|полн*,целик*',
  'empty|leer*|vide*|vací{o,a,os,as}|пуст{ой,ая,ое,ые,ых,о,ует,уют},опустел*',
  'free,gratis|kostenlos*,gratis,umsonst|gratuit*|gratuit*,gratis|бесплатн*',
  'private*,privately|privat*|privé*|privad*|частн*',
  'real,really,actual,actually|wirklich*,tatsächlich*,echt*|réel*,vraiment|real,reales,realmente|реальн*,действительн*,настоящ*',
  'main,mainly,chief,principal|haupt*,wesentlich*|principa*|principal*|главн*,основн*',
  'special,specially,particular*|besonder*,speziell*|spécial*,particuli*|especial*,particular*|особ*,специальн*',
  'normal*,usual,usually,ordinary|normal*,üblich*,gewöhnlich*|normal*,habituel*,ordinaire*|normal*,habitual*,corriente*|обычн*,нормальн*',
  'situation*|lage,situation*|situation*|situaci*|ситуаци*,положени*',
  'problem*,issue,issues,trouble*|problem*,schwierigkeit*|problème*,souci*|problema*|проблем*',
  'solution*,solve*,resolve*|lösung*,lös{en,t,te},gelöst|solution*,résoud*,résolu*|soluci*,resolv*,resuelv*|решени*,реши{ть,л,ли},урегулир*',
  'reason*,cause,causes,caused|grund,gründe*,ursache*,verursach*|raison*,cause*,causé*|raz{ón,ones},causa*|причин*,вызва*,вызыва*',
  'result*,consequence*,outcome*|ergebnis*,folge,folgen,konsequenz*,resultat*|résultat*,conséquence*|resultado*,consecuencia*|результат*,итог*,последстви*',
  'effect*,impact*|wirkung*,auswirkung*,effekt*|effet*,impact*|efecto*,impacto*|эффект*,влияни*,воздейств*',
  // Time
  'today|heute,heutig*|aujourd\'hui,aujourd|hoy|сегодня,сегодняшн*',
  'tomorrow|morgen|demain|mañana|завтра,завтрашн*',
  'yesterday|gestern,gestrig*|hier|ayer|вчера,вчерашн*',
  'now,currently,current|jetzt,derzeit*,aktuell*,momentan*,nun|maintenant,actuel*,actuellement|ahora,actual,actuales,actualmente|сейчас,теперь,текущ*,нынешн*',
  'day,days,daily|tag,tage,tagen,tages,täglich*|jour,jours,journée*,quotidien*|día,días,diari{o,a,os,as}|ден{ь},дня,дню,днем,дни,дней,дням,днями,днях,ежедневн*',
  'week,weeks,weekly|woche*,wöchentlich*|semaine*,hebdomadaire*|semana*,semanal*|недел*',
  'month,months,monthly|monat*|mois,mensuel*|mes,meses,mensual*|месяц*,ежемесячн*',
  'year,years,yearly,annual*|jahr,jahre,jahren,jahres,jährlich*|an,ans,année*,annuel*|año,años,anual*|год,года,году,годом,годе,годы,годов,годам,годами,годах,лет,ежегодн*',
  'decade*|jahrzehnt*|décennie*|década*,decenio*|десятилет*',
  'century,centuries|jahrhundert*|siècle*|siglo*|век,века,веке,веков,столети*',
  'time,times|zeit,zeiten|temps,fois|tiempo,vez,veces|врем{я,ени,енем},раз',
  'hour,hours|stunde*|heure*|hora,horas|час,часа,часов,часы,часам,часами',
  'minute,minutes|minute*|minute*|minuto*|минут*',
  'morning|morgen*,vormittag*|matin*,matinée*|mañanas,madrugada*,matutin*|утр{о,а,ом,ам},утренн*',
  'evening,night,nights,overnight|abend*,nacht,nächte*,nachts,nächtlich*|soir,soirs,soirée*,nuit*,nocturne*|noche*,nocturn*|вечер*,ноч{ь,и,ью,ей},ночн*',
  'winter*|winter*|hiver*|invierno*|зим{а,ы,е,у,ой,ой},зимн*',
  'summer*|sommer*|estival*,estivale*|verano*|лет{о,а,ом,е},летн*',
  'spring,springtime|frühjahr*,frühling*|printemps|primavera*|весн{а,ы,е,у,ой},весенн*',
  'autumn|herbst*|automne*|otoño*|осен*',
  'future|zukunft*,künftig*,zukünftig*|avenir,futur*|futur{o,a,os,as}|будущ*',
  'past,previous,previously,former,formerly|vergangen*,früher*,ehemalig*,bisherig*|passé*,ancien*,précédent*,autrefois|pasad{o,a,os,as},anterior*,antiguo*,ex|прошл*,бывш*,прежн*',
  'recent,recently,lately|kürzlich,jüngst*,neulich|récent*,dernièrement|reciente*,recientemente|недавн*',
  'early,earlier|früh,frühe,frühen,früher,vorzeitig*|tôt,précoce*,anticip*|temprano*,anticipad*|ран{о,ний,нее,ние,них}',
  'late,later,lately|spät*|tard,tardif*,tardive*|tarde,tardí*|поздн*,позже,позднее',
  'first,firstly|erste,ersten,erster,erstes,erstmals|premier,première,premiers,premières|primer,primero,primera,primeros,primeras|перв*',
  'second|zweite,zweiten,zweiter|deuxième*,second,seconde*|segund{o,a,os,as}|втор{ой,ая,ое,ые,ого,ом,ую}',
  'last,final,finally|letzt*,schließlich,endlich|dernier*,dernière*,final*,finalement,enfin|últim*,finalmente|последн*,окончательн*,наконец',
  'date,deadline*|termin,frist*,datum|date,délai*,échéance*|fecha,fechas,plazo*|срок*,дат{а,ы,у}',
  'period*|zeitraum*,periode*|période*|período*,periodo*|период*',
  // Quantities and measures
  'number,numbers,figure,figures|zahl,zahlen,anzahl*,ziffer*|nombre,nombres,chiffre*|número*,cifra*|числ{о,а,е,ом},количеств*,цифр*',
  'half|hälfte*,halb*|moitié*,demi*|mitad*,medio|половин*',
  'many,much,lot,lots,numerous|viel,viele,vielen,zahlreich*|beaucoup,nombreu*|much{o,a,os,as},numeros*|много,многие,многих,многочисленн*',
  'kilometre*,kilometer*,km|kilometer*,km|kilomètre*,km|kilómetro*,km|километр*,км',
  'tonne*,ton,tons|tonne*|tonne*|tonelada*|тонн*',
  'level,levels|niveau*,stand,ebene*|niveau*|nivel*|уров*',
  'rate,rates|rate,raten,quote*,satz|taux|tasa,tasas,índice*|ставк*,коэффициент*',
  'increase,increased|zunahme*,anstieg*,steigerung*,zuwachs*|hausse*,augmentation*,progression*|aumento*,incremento*,subida*|рост,увеличени*,прирост*',
  // Society, culture and science
  'church*,religio*|kirche*,kirchlich*,religi*|église*,religi*|iglesia*,religi*|церк{овь,ви,овью},церковн*,религи*',
  'culture*,cultural|kultur*|cultur*|cultur*|культур*',
  'art,arts,artist*,museum*|kunst,künste*,künstler*,museum,museen|art,arts,artiste*,musée*|arte,artes,artista*,museo*|искусств*,художник*,музе{й,я,ю,ем,и,ев}',
  'sport,sports,sporting,athlete*|sport*,athlet*|sport*,athlète*|deport*,atleta*|спорт*',
  'football,soccer|fußball*|football*|fútbol*|футбол*',
  'match,matches,game,games|spiel*,partie*|match,matchs,matches,partie*,jeu,jeux|partido,partidos,juego*|матч*,игр{а,ы,е,у,ой}',
  'team,teams|team*,mannschaft*|équipe*|equipo*|команд*',
  'player*|spieler*|joueur*,joueuse*|jugador*|игрок*',
  'science,scientific*,scientist*,research*,researcher*|wissenschaft*,forschung*,forscher*|scien*,recherche*,chercheu*|cienci*,científic*,investigaci*,investigador*|наук*,научн*,учен{ый,ые,ых,ым,ыми},исследова*',
  'study,studies,studied|studie,studien|étude*|estudio*|исследовани*',
  'data|daten|données|datos|данн{ые,ых,ым,ыми}',
  'internet,online,website*|internet*,online*,website*|internet*,site,sites|internet*,web,sitio*|интернет*,онлайн*,сайт*',
  'technology,technologies,technical,tech|technolog*,technik*,technisch*|technolog*,techni*|tecnolog*,técnic*|технолог*,техническ*,техник*',
  'computer*,software|computer*,rechner*,software*|ordinateur*,logiciel*,informatique*|ordenador*,computador*,software*,informátic*|компьютер*',
  'phone,phones,mobile|telefon*,handy,handys,smartphone*|téléphon*,portable*,smartphone*|teléfono*,móvil*,celular*|телефон*,смартфон*',
  'platform*|plattform*|plateforme*|plataforma*|платформ*',
  'ai,algorithm*|ki,algorithm*|ia,algorithme*|ia,algoritmo*|ии,алгоритм*',
  'cyber*,hacker*,hack,hacked,hackers|cyber*,hacker*,gehackt|cyber*,piratage*,pirat{é,ée,és}|ciber*,hacker*,hackeo*|кибер*,хакер*',
  // People and roles
  'expert*,specialist*|expert*,fachleute,fachmann,spezialist*|expert*,spécialist*|expert*,especialist*|эксперт*,специалист*',
  'representative*,delegat*,envoy*,spokesman,spokeswoman,spokesperson,spokespeople|vertreter*,delegat*,gesandt*,sprecher*|représent*,délégu*,émissaire*|representa*,delegad*,enviad*,portavoz*,vocero*|представител*,делегац*,посланник*,секретар*',
  'chief,head,director*,boss*|chef,chefin,leiter*,direktor*|directeur*,directrice*,patron*|director*,jefe*,jefa*|директор*,начальник*,руководител*',
  'member*|mitglied*|membre*|miembro*|член*',
  'friend*|freund*|ami,amis,amie,amies,amitié*|amig*,amistad*|друг,друга,другу,другом,друзья,друзей,дружб*',
  'neighbour*,neighbor*|nachbar*|voisin*|vecin*|сосед*',
  'volunteer*|freiwillig*,ehrenamt*|bénévol*,volontaire*|voluntari*|волонтер*,доброволь*',
  'soldier*|soldat*|soldat*|soldad*|солдат*,военнослужащ*',
  'prisoner*,detainee*,hostage*|gefangen*,geisel*,häftling*|prisonnier*,détenu*,otage*|prisioner*,detenid*,rehén,rehenes|пленн*,заложник*,заключенн*',
  // Feelings and values
  'anger,angry,outrage*,furious|wut,wütend*,empör*,zorn*|colère*,furieu*,indign*|ira,enfad*,indign*,furios*|гнев*,возмущ*,злост*,зл{ой,ые}',
  'sad,sadness,grief,mourn*|trauer*,trauri*|tristesse*,triste*,deuil*|triste*,tristeza*,luto*|печал*,грусть,скорб*,траур*',
  'happy,happiness,joy,glad|glücklich*,freude*,froh*|heureu*,joie*,content*|feliz,felices,felicidad*,alegr*,content*|счаст*,рад,рада,рады,радост*',
  'shock*,surpris*|schock*,überrasch*|choc,chocs,choqu*,surpri*|conmoci*,sorpr*,impact{ado,ada}|шок,шока,шоке,шокир*,удивл*,неожидан*',
  'shame*,scandal*,disgrace*|schand*,skandal*,schäm*|honte*,scandal*|vergüenza*,escándal*,escandal*|позор*,стыд*,скандал*',
  'honour,honor,dignity|ehre*,menschenwürde*,würdig*|honneur*,dignit*|honor*,dignidad*|чест{ь,и},достоинств*',
  'duty,responsib*|verantwort*,pflicht*|responsab*,devoir*|responsab*,deber*|ответствен*,долг',
  'generation*|generation*|génération*|generaci*|поколен*',
  'hate,hatred|hass*,hasst*|haine*,haïr|odio*,odi{ar,a,an}|ненавист*,ненавид*',
  'love,loved,loves|lieb{e,en,t,te}|amour*,aim{er,e,ent}|amor,am{ar,a,an}|любов*,любл*,люб{ит,ят,ить}',
  // Countries and nationalities (the names differ too much across languages for cognate matching)
  'germany,german,germans|deutschland*,deutsch*,bundesrepublik*|allemagne*,allemand*|alemania*,alemán,alemanes,alemana*|германи*,немецк*,немц*,немец',
  'france,french,frenchman|frankreich*,französisch*,franzose*,französin*|france,français*,française*|francia*,francés,franceses,francesa*|франци*,французск*,француз*',
  'spain,spanish,spaniard*|spanien*,spanisch*,spanier*|espagne*,espagnol*|españa*,español*|испани*,испанск*,испанц*',
  'russia,russian,russians|russland*,russisch*,russe,russen,russin*|russie*,russe,russes|rusia*,ruso,rusos,rusa,rusas|росси{я,и,ю,ей},российск*,русск*,россиян*',
  'america,american,americans,usa|usa,amerika*,amerikaner*,amerikanisch*|amérique*,américain*|eeuu,estadounidense*,norteamerican*,américa|сша,америк*,американ*',
  'britain,british,britons,uk,england,english|großbritannien*,britisch*,brite,briten,england*,englisch*|britannique*,angleterre*,anglais*|británic*,inglaterra*,inglés,ingleses,inglesa*|британи*,британск*,англи{я,и,ю,ей},английск*,великобритани*',
  'ukraine,ukrainian*|ukraine*,ukrainisch*,ukrainer*|ukraine*,ukrainien*|ucrania*,ucranian*|украин*',
  'china,chinese|china,chinesisch*,chinese,chinesen|chine,chinois*|china,chino,chinos,chinas|кита{й,я,ю,ем,е},китайск*,китайц*',
  'italy,italian*|italien*,italienisch*|italie*,italien*|italia*,italian*|итали{я,и,ю,ей},итальянск*',
  'poland,polish,poles|polen,polnisch*|pologne*,polonais*|polonia*,polac{o,a,os,as}|польш*,польск*,поляк*',
  'turkey,turkish,turks|türkei*,türkisch*|turquie*,turc,turcs,turque*|turquía*,turc{o,a,os,as}|турци{я,и,ю,ей},турецк*',
  'africa,african*|afrika*|afrique*,africain*|áfrica,african*|африк*',
  'asia,asian|asien*,asiatisch*|asie*,asiatique*|asia,asiátic*|ази{я,и,ю,ей},азиатск*',
  // Disasters, accidents and emergencies
  'accident*,crash,crashes,crashed,collision*|unfall*,unfäll*,unglück*,zusammenstoß*,absturz*,abgestürzt|accident*,collision*,écras{é,ée,és,ement}|accidente*,choque*,colisi*,estrell{ó,ado}|авари*,катастроф*,столкновени*,круше*',
  'disaster*,catastroph*|katastroph*|catastroph*,désastre*|desastre*,catástrof*|катастроф*,бедстви*',
  'earthquake*,quake*|erdbeben*,beben|séisme*,tremblement*|terremoto*,sismo*,seísmo*|землетрясени*',
  'emergency,emergencies|notfall*,notlage*,notstand*,notaufnahme*|urgence*|emergencia*,urgencia*|чрезвычайн*,экстренн*,неотложн*',
  'firefighter*,fireman,firemen|feuerwehr*|pompier*|bomber{o,os,a,as}|пожарн*,спасател*',
  'ambulance*,paramedic*|krankenwagen*,rettungsdienst*,sanitäter*|ambulance*,samu|ambulancia*|скор{ая,ой,ую}',
  'collapse*,collapsed|einsturz*,eingestürzt,zusammengebroch*,kollaps*|effondr*|derrumb*,colaps*|обрушени*,обрушил*,рухну*,обвал*',
  'burn,burns,burned,burnt,burning|brenn*,brannte*,verbrannt*|brûl*|quem*|гор{ит,ят,ел,ели},сгоре*,сжига*',
  'search*,seek,sought|such*,gesucht,durchsuch*|recherch*,cherch*,fouill*|busc*,búsqued*|поиск*,ищ{ут,ет},иска{ть,ли},обыск*',
  'missing,disappear*|vermisst*,verschwund*,verschwind*|disparu*,dispar{aître,aît}|desaparec*,desapari*|пропал*,пропав*,исчез*',
  'survive*,survivor*|überleb*|survi{e,vre,vant,vants,vent,vécu}|sobreviv*|выжи*',
  'shoot,shoots,shot,shooting,gunfire|schieß*,schüss*,geschossen,erschoss*,schuss|tir,tirs,tir{er,é,ée,eur},fusillade*|dispar{o,os,ar,ó,aron},tiroteo*|стрел*,выстрел*,обстрел*',
  'hit,hits,hitting,struck,strike|getroffen,treff{en,er},schlag*|frapp*|golpe*,alcanz{ó,ado,ada}|удар*',
  'occupation,occupied,occupy,invad*,invasion*|besatz*,besetz*,einmarsch*,invasion*|occup{é,és,ée,ation,ant,ants},envah*,invasion*|ocupa*,invadi*,invasi*|оккупац*,оккупир*,вторжени*,вторгл*',
  'ceasefire*,truce*|waffenstillstand*,waffenruhe*|trêve*|tregua*|перемири*',
  'withdraw*,withdrew,retreat*|rückzug*,abzug*,zurückgezogen,abzieh*|retrait*,retir*|retir*|отступ*,вывод,выводе,отвод*',
  'deploy*|stationier*,entsandt*,entsend*|déploi*,déploy*|despleg*,desplieg*|размещ*,развертыв*,разверн*',
  'spy,spies,spying,intelligence,surveillance|spion*,geheimdienst*,nachrichtendienst*,überwach*|espion*,renseignement*,surveillance*|espía*,espionaje*,inteligencia*,vigilancia*|шпион*,разведк*,спецслужб*,слежк*',
  'corrupt*,bribe*,bribery|korrupt*,bestech*|corrupt*,corrompu*|corrup*,soborno*|коррупц*,коррупцион*,взятк*,подкуп*',
  'fraud*,scam*|betrug*,betrüg*|fraud*,escroquer*,arnaque*|fraude*,estafa*|мошеннич*,мошенник*,афер*',
  'drugs,narcotic*,cocaine,heroin|droge*,rauschgift*,kokain*|drogue*,stupéfiant*,cocaïne|droga*,narcotr*,cocaína|наркот*,кокаин*',
  'smuggl*,traffick*|schmuggel*,schleuser*,schleus*|contrebande*,trafic,trafiquant*,passeur*|contraband*,tráfico,traficante*|контрабанд*',
  'gang,gangs,mafia*|bande*,mafia*|gang,gangs,mafia*|banda*,pandilla*,mafia*|банд*,мафи*',
  'evidence,proof*|beweis*|preuve*|prueba*,evidencia*|доказательств*,улик*',
  'witness*|zeuge,zeugen,zeugin*,zeugenaussage*|témoin*,témoign*|testig*,testimonio*|свидетел*',
  'appeal*|berufung*,einspruch*|appel*,recours|apelaci*,recurso*,recurr*|апелляц*,обжалова*',
  'constitution*,constitutional|verfassung*|constitution*|constituci*|конституц*',
  'referendum*|referendum*,volksabstimmung*,volksentscheid*|référendum*|referéndum*|референдум*',
  'independen*|unabhängig*|indépendan*|independ*|независим*',
  'sovereign*|souverän*|souverain*|soberan*|суверен*',
  'territor*|territori*,gebiet*|territoir*|territori*|территори*',
  'violence,violent*|gewalt*|violence*,violent*|violencia*,violent*|насили*,насильствен*',
  'abuse*|missbrauch*,misshandl*|abus*,maltrait*|abuso*,maltrat*|злоупотреблени*,насили*',
  'discriminat*,racism,racist*|diskrimini*,rassis*|discrimin*,racism*,raciste*|discrimin*,racism*,racista*|дискриминац*,расизм*,расист*',
  'equality,inequality,inequalities|gleichheit*,ungleichheit*,gleichberecht*|égalité*,inégalit*|igualdad*,desigualdad*|равенств*,неравенств*',
  // More everyday news vocabulary
  'fish,fishing,fisher*,fishermen|fisch*|poisson*,pêche*,pêcheur*|pesca*,pescador*,pez,peces|рыба,рыбы,рыбу,рыбой,рыбн*,рыбак*,рыболов*',
  'fruit,fruits,vegetable*|obst*,gemüse*,frucht*,früchte*|fruit,fruits,légume*|fruta*,verdura*,hortaliza*|фрукт*,овощ*,плод*',
  'sugar|zucker*|sucre*|azúcar*|сахар*',
  'wine,vineyard*|wein,weine,weinbau*,winzer*|vin,vins,vignoble*,viticult*|vino,vinos,viñedo*,vitivin*|вин{о,а,ом},виноград*,виноделы*',
  'bread,flour|brot,brote,mehl|pain,pains,farine*|pan,harina*|хлеб*,мук{а,и}',
  'pig,pigs,pork,poultry,chicken*|schwein*,geflügel*,huhn,hühner*|porc,porcs,volaille*,poulet*|cerdo*,porcin*,aves,pollo*|свин*,птиц*,кур{ы,ица,иц}',
  'irrigat*,wells,reservoir*|bewässer*,brunnen*,stausee*,talsperre*|irrigat*,puits,réservoir*,barrage*|riego*,regad*,pozo,pozos,embalse*,presa*|орошени*,колод*,водохранилищ*,плотин*',
  'drinking,tap,potable|trinkwasser*,leitungswasser*,wasserversorg*|potable*|potable*|питьев*,водопровод*',
  'renewable*|erneuerbar*|renouvelable*|renovable*|возобновляем*',
  'powerplant*,plant,plants|kraftwerk*,akw|centrale*|central{,es}|электростанц*,аэс,тэц',
  'battery,batteries|batterie*,akku*|batterie*|batería*|батаре*,аккумулятор*',
  'heating|heizung*,heiz*|chauffage*|calefacci*|отоплени*',
  'cancer*,tumour*,tumor*|krebs*,tumor*|cancer*,tumeur*|cáncer*,tumor*|рак,рака,раком,раке,онколог*,опухол*',
  'heart|herz*|cœur,coeur,cardiaque*|corazón*,cardíac*|сердц*,сердечн*',
  'blood|blut*|sang,sanguin*|sangre*,sanguín*|кров{ь,и,ью}',
  'body,bodies|körper*,leiche*,leichnam*|corps|cuerpo*,cadáver*|тел{о,а,ом,е},труп*',
  'life,lives|leben,lebens*|vie,vies|vida,vidas|жизн*',
  'human,humanity,humanitarian*|mensch*,humanitär*|humain*,humanit*|human*|человеч*,гуманитарн*',
  'rule,rules,regulation*,regulat*|regel,regeln,vorschrift*,regulier*,regulat*|règle*,réglement*,régul*|regla*,norma,normas,normativ*,regulaci*,regul{ar,a,an}|правил{а,о,ам,ами,ах},регулир*,норм{а,ы,ами,ах}',
  'standard*,norm,norms|standard*,norm,normen|norme*,standard*|estándar*,norma*|стандарт*,норм{а,ы,ами,ах}',
  'system*|system*|système*|sistema*|систем*',
  'service*|dienst*,dienstleist*,service*|service*|servicio*|служб*,сервис*,услуг*',
  'network*,grid,grids|netz,netze,netzes,netzwerk*|réseau*|red,redes|сет{ь,и,ью,ей,ям,ях}',
  'strategy,strategies,strategic|strategie*,strategisch*|stratégi*|estrategia*,estratégic*|стратеги*',
  'measure,measures,step,steps,action,actions|maßnahme*,schritt*|mesure*,démarche*|medida*,paso,pasos|мер{а,ы,у,ой,ам,ами,ах},шаг,шага,шаги,шагов,шагам',
  'goal,goals,aim,target*,objective*|ziel*|objectif*,but,buts,cible*|objetivo*,meta,metas|цел{ь,и,ью,ей,ям,ями,ях}',
  'commitment*,pledges|verpflichtung*,zusage*|engagement*|compromiso*|обязательств*',
  'hold,holds,held,holding|halten,hält,hielt*,abhalten|ten{ir,u,ue,us},tien{t,nent}|celebr{ar,ó,ado,ada},mantuv*|провод{ит,ят,ил,или},прове{ли,л,ла,сти}',
  'choose,chose,chosen,choice*,select*|wähl*,auswahl*|choi{x,sir,sit,si,sie,sis,sissent}|elig*,elecci*,escog*,selecci*|выбира*,выбра*,выбор*',
  'prepare*,preparation*,ready|vorbereit*,bereitet*,bereitschaft*|prépar*,prêt,prête,prêts,prêtes|prepar*,listo,lista,listos,listas|подготов*,готов*',
  'organis*,organiz*,organisation*,organization*|organis*,veranstalt*|organis*|organiz*|организ*',
  'benefit*,advantage*|nutzen,profitier*,vorteil*|bénéfici*,avantage*,profit{er,e,ent}|benefici*,ventaja*|выгод*,польз*,преимуществ*',
  'suffer*|leid{en,et},litt*,erlitt*|souffr*|sufr*|страда*,пострада*',
  'affect,affects,affected|betroff*,betreff*|affect*,touch{é,ée,és,ées,e,ent}|afect*|затрон*,затрагива*,пострадавш*',
  'depend*,dependent,dependence|abhäng*|dépend*|depend*|завис*',
  'reach,reached,reaches|erreich*|attein*,atteint*|alcanz*|дости*',
  'exceed*,surpass*,record,records|überschreit*,übertr*,rekord*|dépass*,record*|super{ar,a,an,ó,aron,ado},récord*|превы*,рекорд*',
  'double,doubled,doubling|verdoppel*,verdoppl*,doppelt*|doubl{er,é,e,ent,ement}|dupli*,doble*|удвои*,вдвое,двойн*',
  'average,averages|durchschnitt*|moyen,moyenne*|promedio*,media|средн*',
  'total,overall|gesamt*,insgesamt|total*|total*,totales|общ{ий,ая,ее,ей,ую,его},итого,всего',
  'estimate*,estimated|schätz*,geschätzt*|estim*|estim*,calcul*|оцен*',
  'count,counted,counting,calculat*|zähl{en,t,te,ung},gezählt,berechn*|compt{er,é,e,ent,age},calcul*|cont{ar,ó,eo},recuento*|подсчет*,посчита*,счита*',
  'measure,measured,measurement*|mess{en,ung,ungen},gemessen|mesur{er,é,ée,e,ent}|medi{r,ción,ciones},mid{e,en,ió}|измер*',
  'compare*,comparison*|vergleich*|compar*|compar*|сравн*',
  'repair*,fix,fixed|reparier*,repar*,instandsetz*|répar*|repar*|ремонт*,почин*,восстанов*',
  'replace*,replacement*|ersetz*,ersatz*|remplac*|reemplaz*,sustitu*|замен*',
  'provide*,provision*|bereitstell*,liefer*|fourni*|proporcion*,provee*,suministr*|предоставл*,предостав*,обеспеч*',
  'connect*,connection*,link,links,linked|verbind*,verbunden,verknüpf*|reli{er,é,ée,ent},connex*,lien,liens|conect*,conexi*,vínculo*,vincul*|связ*,соедин*',
  'follow,follows,followed,following|folg{en,t,te,ten},gefolgt,befolg*|sui{vre,t,vent,vi,vie,vant}|sigu{e,en,ió,ieron,iendo,iente},seguir|след{ует,уют,овать,овал,овали}',
  'queue*,waiting|warteliste*,schlange|attente*|espera*,cola,colas|очеред*',
  // More qualities and states
  'likely,probably,probable|wahrscheinlich*,vermutlich*|probabl*,vraisemblabl*|probabl*|вероятн*',
  'certain,certainly,sure,surely|sicher,gewiss*,bestimmt*|certain,certaine,certainement,sûr,sûrement|segur{o,a,amente},ciert{o,a}|уверен*,конечно,наверняка',
  'available,availability|verfügbar*,erhältlich*|disponibl*|disponibl*|доступн*,наличи*',
  'alive,survival|lebend*,überleb*|vivant*,survie|viv{o,a,os,as},superviv*|жив{ой,ые,ых,ым,ыми,а,ы}',
  'ready,willing|bereit,bereite,bereiten,bereitschaft*|prêt,prête,prêts,prêtes,dispos{é,ée,és}|dispuest*,listo,lista|готов*',
  'huge,massive,enormous|riesig*,gewaltig*,massiv*|énorme*,massi*,colossal*|enorme*,masiv*|огромн*,массов*,масштабн*',
  'tough,strict,tight,tighter|streng*,hart,harte,harten,härter*|strict*,sévère*,dur,dure,durcir*|estrict*,dur{o,a,os,as},endurec*|жестк*,строг*,ужесточ*',
  'necessary,essential*|notwendig*,unverzichtbar*,wesentlich*|nécessaire*,essentiel*,indispensabl*|necesari*,esencial*,imprescindibl*|необходим*,существенн*',
  'urgent*,urgently|dringend*|urgent*,urgence*|urgente*|срочн*,неотложн*',
  'unprecedented|beispiellos*|inédit*,inouï*|inédit*|беспрецедентн*',
  'historic*,history|geschicht*,historisch*|histoire*,historique*|histori*|истори*',
  'modern,modernis*,moderniz*|modern*|modern*|modern*|современн*,модерн*',
  'traditional*,tradition*|tradition*|tradition*|tradici*|традиц*',
  'long,longer,lengthy|lang,lange,langen,langer,länger*,langfristig*|long,longue,longs,longues,longtemps|larg{o,a,os,as}|долг{ий,ая,ое,ие,о},длительн*,длинн*',
  'short,shorter,brief|kurz*|court,courte,courts,courtes,bref,brève*|cort{o,a,os,as},breve*|коротк*,краткосрочн*',
  'independent*|unabhängig*|indépendant*|independient*|независим*',
  'stable,stability|stabil*|stabl*,stabilit*|estabil*,estable*|стабильн*,устойчив*',
  'calm,quiet|ruhig*,ruhe|calme*,tranquill*|calma*,tranquil*|спокойн*,тих{ий,о}',
  'nearby,near|nahe,nähe,nah,benachbart*|proche*,près|cerca,cercan*,próxim*|близ*,рядом,вблизи',
  'far,distant,remote|fern,ferne,fernen,weit,entfernt*|loin,lointain*|lejos,lejan*,remot*|далек*,далеко,отдален*',
  // Days of the week
  'monday,mondays|montag*|lundi*|lunes|понедельник*',
  'tuesday,tuesdays|dienstag*|mardi*|martes|вторник*',
  'wednesday,wednesdays|mittwoch*|mercredi*|miércoles|сред{а,у,е,ы}',
  'thursday,thursdays|donnerstag*|jeudi*|jueves|четверг*',
  'friday,fridays|freitag*|vendredi*|viernes|пятниц*',
  'saturday,saturdays|samstag*,sonnabend*|samedi*|sábado*|суббот*',
  'sunday,sundays|sonntag*|dimanche*|domingo*|воскресень*',
  'weekend*|wochenende*|weekend*|finde,findes|выходн*',
  // More verbs and adverbs of news reports
  'sharp,sharply,steep,steeply,dramatic*|stark,stärker,deutlich*,drastisch*,kräftig*,scharf*|fortement,nettement,vivement,forte,fortes,brutal*,drastique*|fuertemente,notablemente,drástic*,brusc*|резк*,значительн*',
  'spread,spreads,spreading|verbreit*,ausbreit*,ausgebreitet|propag*,répand*|propag*,extiend*,extend*|распростран*',
  'interest,interests|zins*,interesse*|intérêt*|interés,intereses,tipo,tipos|процент*,интерес*',
  'class,classes,classroom*|klasse*,klassenzimm*|classe*|clase,clases,aula,aulas|класс*',
  'cross,crossed,crossing*|überquer*,überschritt*|travers*,franchi*|cruz{ar,ó,aron,an,a,ado},atraves*|пересе*,переш{ли,ел,ла}',
  'paralys*,paralyz*,standstill|lahm*,lähm*,stillstand*|paralys*|paraliz*|парализ*',
  'complain*,complaint*|beschwer*,beklag*|plai{nt,gnent,ndre,nte,ntes},plainte*|quej*|жалу*,жалоб*',
  'driver*,motorist*|fahrer*,autofahrer*|conducteur*,automobiliste*,chauffeur*|conductor*,chofer*,automovilista*|водител*',
  'truck*,lorry,lorries|lkw,lastwagen*|camion*|camión,camiones|грузовик*,фур{а,ы}',
  'ward,wards,department*|station,abteilung*|pavillon*,département*|planta,servicio*,departamento*|отделени*',
  // Institutions, procedures and further news vocabulary
  'candidate*,candidacy|kandidat*,bewerber*|candidat*|candidat*|кандидат*',
  'seat,seats|sitz,sitze,sitzen,mandat*|siège*|escaño*|мест{о,а},мандат*',
  'poll,polls,survey*|umfrage*|sondage*,enquête*|encuesta*,sondeo*|опрос*',
  'turnout|wahlbeteiligung*,beteiligung*|participation*|participaci*|явк{а,и,у,ой}',
  'cabinet*|kabinett*|cabinet*|gabinete*|кабинет*',
  'administration*|verwaltung*,administration*|administrati*|administraci*|администрац*',
  'agency,agencies|agentur*,behörde*,amt|agence*|agencia*|агентств*',
  'commission*,committee*|kommission*,ausschuss*,ausschüss*|commission*,comité*|comisi*,comité*|комисси*,комитет*',
  'council,councils|rat,räte,rates|conseil,conseils|consejo*|совет*',
  'decree*|dekret*,verordnung*,erlass*|décret*,ordonnance*|decreto*|указ,указа,указом,указе,указы,постановлени*',
  'suspect*|verdächtig*,tatverdächtig*|suspect*,soupçonn*|sospech*|подозрева*',
  'hearing*,session*|anhörung*,sitzung*|audience*,séance*|audiencia*,sesi*|слушани*,заседани*',
  'bail|kaution*|caution*|fianza*|залог*',
  'shortage*,lack*,scarcity|mangel*,knappheit*,fehlen,fehlt,fehlte*|pénurie*,manque*|escasez,falta,faltan,carencia*|нехватк*,дефицит*',
  'deficit*|defizit*|déficit*|déficit*|дефицит*',
  'surplus*|überschuss*,überschüss*|excédent*|superávit*,excedente*|профицит*,излиш*',
  'gdp,output|bip,bruttoinlandsprodukt*,wirtschaftsleistung*|pib|pib|ввп',
  'mortgage*|hypothek*,baukredit*|hypothécaire*,hypothèque*|hipotec*|ипотек*',
  'insurance,insurer*,insured|versicher*|assurance*,assureur*|seguro,seguros,asegurador*|страхов*',
  'blackout*,outage*|stromausfall*,blackout*|panne*,coupure*|apagón,apagones,corte,cortes|отключени*,блэкаут*',
  'pipeline*|pipeline*,leitung*|gazoduc*,oléoduc*|gasoducto*,oleoducto*|трубопровод*,газопровод*,нефтепровод*',
  'mine,mines,mining,miner*|bergbau*,bergwerk*,mine,minen,zeche*|mine,mines,minier*,mineur*|mina,minas,minero*,minería*|шахт*,горнодобыва*,рудник*',
  'surgery,surgeries,operation*|operation*,operiert*|chirurgi*,opération*,opéré*|cirugía*,operaci*,operad*|операци*,хирург*',
  'pharmac*|apothek*|pharmac*|farmacia*|аптек*',
  'exam,exams,examination*|prüfung*,abitur*,examen*|examen*,baccalauréat|examen*,selectividad|экзамен*,егэ',
  'ticket*,fare,fares|ticket*,fahrkarte*,fahrschein*,fahrpreis*|billet*,ticket*,tarif*|billete*,boleto*,tarifa*|билет*,тариф*',
  'cancel*|abgesagt,absag*,storniert*,annulliert*|annul*|cancel*,anul*,suspend*|отмен*',
  'postpone*|verschob*,verschoben,verschieb*,vertag*|report{er,é,ée,és},ajourn*|aplaz*,pospon*,pospuest*|отлож*,перенес*,перенос*',
  'extend*,extension*|verlänger*|prolong*|prorrog*,prolong*,ampli{ar,ó,ado}|продл*',
  'hide,hid,hidden,conceal*|versteck*,verheimlich*,verschwieg*|cach{er,é,ée,ent,ait}|ocult*,escond*|скрыва*,скры{л,ли,ть},утаи*',
  'insult*,offend*|beleidig*|insult*,offens*|insult*,ofend*|оскорб*',
  'apolog*|entschuldig*|excus{e,es,er,é,ait}|disculp*,perd{ón}|извин*',
  'thousands,thousand|tausende*,tausend*|milliers,millier|miles,millar*|тысяч*',
  'hundreds|hunderte*|centaines|cientos,centenares|сотн{и,ям,ями,ях}',
  'dozens|dutzend*|dizaine*|decena*|десятк*,десятк{и,ов}',
  // Words, ideas and everyday things
  'word,words|wort,worte,wörter|mot,mots,parole,paroles|palabra*|слов{о,а,ом,е,ами,ах}',
  'letter,letters|brief,briefe,briefen|lettre*,courrier*|carta,cartas|письм{о,а,ом,е}',
  'speech,speeches|rede,reden,ansprache*|discours|discurso*|реч{ь,и,ью},выступлени*',
  'interview*|interview*|interview*,entretien*|entrevista*|интервью',
  'message*|nachricht*,botschaft*,mitteilung*|message*|mensaje*|послани*,сообщени*',
  'idea,ideas|idee,ideen|idée*|idea,ideas|иде{я,и,ю,ей}',
  'opinion*,view,views|meinung*,ansicht*|opinion*,avis|opini*|мнени*',
  'example*|beispiel*|exemple*|ejemplo*|пример*',
  'case,cases|fall,fälle*|cas|caso,casos|случа*',
  'part,parts|teil,teile,anteil*|partie,parties|parte,partes|част{ь,и,ью,ей,ям,ями,ях}',
  'side,sides|seite,seiten|côté*|lado*|сторон*',
  'way,ways,method*|weg,wege,methode*|moyen,moyens,méthode*,façon*|manera*,método*,forma,formas|способ*,метод*',
  'place,places,site,sites,location*|ort,orte,platz,plätze,standort*|lieu,lieux,endroit*,site|lugar*,sitio*|мест{о,а,е,ах}',
  'area,areas,zone,zones|gebiet*,zone*,bereich*|zone*,secteur*|zona,zonas,área*|зон{а,ы,е,у,ой}',
  'centre,center,centres,centers,central|zentrum,zentren,zentral*|centre*,central*|centro*,central*|центр*',
  'room,rooms|raum,räume*,zimmer*|salle*,chambre*,pièce*|sala,salas,habitaci*|комнат*,помещени*',
  'door,doors|tür,türen|porte,portes|puerta*|двер{ь,и,ью,ей}',
  'wall,walls|mauer*,wand,wände*|mur,murs,muraille*|muro*,pared*|стен{а,ы,е,у,ой}',
  'light,lights|licht*|lumière*|luz,luces|свет,света,свету,светом,освещени*',
  'book,books|buch,bücher*,buches|livre,livres|libro*|книг*',
  'film,films,movie*|film*|film*,cinéma*|película*,cine|фильм*,кино',
  'music*|musik*|musique*,musicien*|música*,músico*|музык*',
  'festival*,celebration*|fest,feste,festival*,feier*|fête*,festival*,célébr*|fiesta*,festival*,celebraci*|праздник*,фестивал*',
  'holiday,holidays,vacation*|urlaub*,ferien*,feiertag*|vacances,congé*,férié*|vacaciones,feriado*,festivo*|отпуск*,каникул*',
  'god,gods|gott,götter*,gottes|dieu,dieux|dios,dioses|бог,бога,богу,богом',
  'prayer*,pray,prayed,praying|gebet*,beten,betet|prière*,prier,prient|oraci*,rezar,rezan|молитв*,моли{тся,лись}',
  'language*|sprache*|langue*,langage*|idioma*,lengua*|язык*',
  'name,names,named|name,namen,genannt|nom,noms|nombre,nombres|им{я,ени,енем},назва*',
  'age,aged|alter,jährig*|âge|edad*|возраст*',
  'rumour*,rumor*|gerücht*|rumeur*|rumor*|слух{и,ов,ам}',
  'secret*|geheim*|secret*|secret*|тайн*,секрет*',
  'chance,chances,opportunit*|chance*,gelegenheit*|chance*,occasion*,opportunit*|oportunidad*,ocasi*|шанс*,возможност*',
  'challenge*|herausforder*|défi,défis|desafío*,reto,retos|вызов*',
  'role,roles|rolle*|rôle*|papel,papeles,rol|рол{ь,и,ью,ей}',
  'condition*|bedingung*,zustand*,zustände*|condition*|condici*|услови*,состояни*',
  'quality|qualität*|qualité*|calidad*|качеств*',
  'size|größe*|taille*|tamaño*|размер*',
  'amount,sum,sums|betrag*,beträge*,summe*|montant*,somme|cantidad*,suma,sumas,importe*|сумм*',
  'order,orders,ordered,command*|befehl*,anordn*,angeordnet|ordre,ordres,ordonn*|orden,órdenes,ordenó,ordenaron,ordenar|приказ*,распоряж*',
  'guard,guards,guarded|wache,wachen,wächter*,bewach*|garde,gardes,gardien*|guardia*|охран*,страж*',
  // More everyday verbs
  'carry,carried,carries|tragen,trägt,getragen,trug|porter,portent,porté|llevar,lleva,llevan,llevó,llevaron|нес{ти,ет,ут},нос{ит,ят}',
  'write,writes,wrote,written,writing|schreib*,schrieb*,geschrieben|écri*|escrib*,escrit*|пиш{ет,ут},писа*,написа*',
  'read,reads,reading|lesen,liest,las,gelesen|lire,lit,lisent,lu|le{er,e,en,ído,yó}|чита*,прочита*',
  'listen,listened,hear,hears,heard|hören,hört,hörte,hörten,gehört|écout*,entend{re,u,ent}|escuch*,o{ír,yó,yeron}|слуша*,слыш*',
  'see,sees,saw,seen,watch*|seh{en,e},sieht,sah,sahen,gesehen,beobacht*|voi{r,t,ent},vu,vus,regard*,observ*|ver,ve,ven,vio,visto,observ*|вид{ит,ят,еть,ел,ели},увид*,смотр*,наблюда*',
  'understand*,understood|versteh*,verstanden|compren*,compris|entend{er,emos,ido},comprend*|поним*,поня{ть,ли,л}',
  'feel,feels,felt,feeling*|fühl*,gefühl*,empfind*|sen{t,tent,tir},ressen*,sentiment*|sient{e,en,o},sentir,sentimiento*|чувств*',
  'remember*,memory,memories|erinner*,gedächtnis*|souvenir*,rappel*,mémoire*|recuerd*,recordar,recordó,memoria*|помн*,вспомин*,памят*',
  'forget*,forgot*|vergess*,vergaß*,vergisst|oubli*|olvid*|забы*,забыв*',
  'born,birth*|geboren,geburt*|né,née,nés,naissance*|nacid*,nacimiento*,nació,nacieron|родил*,рожд*',
  'play,plays,played,playing|spielen,spielt,spielte,spielten,gespielt|jouer,joue,jouent,joué|jugar,jugó,jugaron,jugado,juega,juegan|игра{ет,ют,ть,л,ли}',
  'collect*,gather*|sammel*,sammlung*,versammel*|collect*,rassembl*,recueill*|recoger,recogió,recogida*,recaud*|собира*,собра{л,ли,ть,ние}',
  'drink,drinks,drank|trink*,getrunken|boire,boit,boivent,buvait|beber,bebe,beben,bebió,bebida*|пь{ет,ют},пить,выпи*',
  'smoke,smoking,smoked|rauch*|fumer,fumée*,fumeur*,fume|humo,humos,fumar,fum{a,an,ador,adores}|кур{ит,ят,ить,ение},дым,дыма,дымом,задымл*',
];

/** Number of concepts in the table; concept ids run from 0 to LEXICON_SIZE - 1. */
export const LEXICON_SIZE: number = CONCEPTS.length;

interface LanguageIndex {
  /** Whole forms to the concepts they belong to. */
  exact: Map<string, number[]>;
  /** Stems (without the `*`) to their concepts. */
  prefixes: Map<string, number[]>;
  /** Length of the longest stem, so lookups never try longer prefixes than exist. */
  longestStem: number;
  memo: Map<string, readonly number[]>;
}

const NONE: readonly number[] = Object.freeze([]);
const FORM = /^[\p{L}\p{N}']+$/u;
/** Commas that separate forms, not those inside a `{...}` group. */
const FORM_SEPARATOR = /,(?![^{]*\})/;
const BRACES = /^([^{}]*)\{([^{}]*)\}$/;

let indexes: Map<string, LanguageIndex> | null = null;

/** Lower case, NFKC, and ё read as е (Russian texts write either). */
function fold(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/ё/g, 'е');
}

function addId(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

function expandBraces(form: string): string[] {
  const m = BRACES.exec(form);
  if (!m) return [form];
  return m[2]!.split(',').map((ending) => m[1]! + ending);
}

/**
 * Parses the table once. A malformed entry is a programmer error and throws, naming it,
 * so a broken edit fails every test instead of silently dropping a concept.
 */
function buildIndexes(): Map<string, LanguageIndex> {
  const out = new Map<string, LanguageIndex>();
  for (const lang of LANGUAGE_ORDER) {
    out.set(lang, { exact: new Map(), prefixes: new Map(), longestStem: 0, memo: new Map() });
  }
  CONCEPTS.forEach((entry, id) => {
    const fields = entry.split('|');
    if (fields.length !== LANGUAGE_ORDER.length) {
      throw new Error(`lexicon concept ${id} needs ${LANGUAGE_ORDER.length} fields: ${entry}`);
    }
    LANGUAGE_ORDER.forEach((lang, i) => {
      const index = out.get(lang)!;
      const forms = fields[i]!.split(FORM_SEPARATOR).filter((f) => f !== '');
      if (forms.length === 0)
        throw new Error(`lexicon concept ${id} has no ${lang} form: ${entry}`);
      for (const raw of forms) {
        const form = fold(raw);
        if (form.endsWith('*')) {
          const stem = form.slice(0, -1);
          if (stem.length < MIN_STEM || !FORM.test(stem)) {
            throw new Error(`lexicon concept ${id} has a bad ${lang} stem "${raw}"`);
          }
          addId(index.prefixes, stem, id);
          index.longestStem = Math.max(index.longestStem, stem.length);
          continue;
        }
        for (const word of expandBraces(form)) {
          if (!FORM.test(word)) {
            throw new Error(`lexicon concept ${id} has a bad ${lang} form "${raw}"`);
          }
          addId(index.exact, word, id);
        }
      }
    });
  });
  return out;
}

function resolve(index: LanguageIndex, norm: string, language: string): readonly number[] {
  let word = fold(norm);
  // "l'accord", "qu'elle": the article or pronoun glued on by the apostrophe says nothing.
  if (language === 'fr' && !index.exact.has(word)) word = stripElision(word);
  // Possessives: "government's" is "government".
  else if (language === 'en') word = word.replace(/'s?$/, '');
  const exact = index.exact.get(word);
  if (exact) return exact;
  // The longest stored stem wins, so a specific entry ("bahnhof*") overrides a general
  // one ("bahn*") for the words it covers.
  for (let n = Math.min(word.length, index.longestStem); n >= MIN_STEM; n--) {
    const ids = index.prefixes.get(word.slice(0, n));
    if (ids) return ids;
  }
  return NONE;
}

/**
 * Concept ids of one normalised word (lower case, NFKC, as produced by tokenize() in
 * ./text) in a language (`en`, `de`, `fr`, `es` or `ru`); [] when the word is unknown,
 * and for any other language, including 'und'. Ids lie in [0, LEXICON_SIZE). Exact forms
 * are looked up first, then the longest stored stem the word starts with. The returned
 * array is shared: do not modify it.
 */
export function conceptsOf(norm: string, language: string): readonly number[] {
  indexes ??= buildIndexes();
  const index = indexes.get(language);
  if (!index || norm === '') return NONE;
  const known = index.memo.get(norm);
  if (known) return known;
  const ids = resolve(index, norm, language);
  // Words repeat across passages; a bounded memo keeps the work per distinct word.
  if (index.memo.size >= MEMO_LIMIT) index.memo.clear();
  index.memo.set(norm, ids);
  return ids;
}

/** The set of concept ids of a list of normalised words in one language (see conceptsOf). */
export function conceptSet(norms: readonly string[], language: string): Set<number> {
  const out = new Set<number>();
  for (const norm of norms) for (const id of conceptsOf(norm, language)) out.add(id);
  return out;
}
