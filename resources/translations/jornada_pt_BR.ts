<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>Move %n cards</source>
        <translation>Mover %n cartões</translation>
    </message>
    <message>
        <source>Delete %n cards</source>
        <translation>Excluir %n cartões</translation>
    </message>
    <message>
        <source>Duplicate %n cards</source>
        <translation>Duplicar %n cartões</translation>
    </message>
    <message>
        <source>Paste %n cards</source>
        <translation>Colar %n cartões</translation>
    </message>
    <message>
        <source>Cut %n cards</source>
        <translation>Recortar %n cartões</translation>
    </message>
    <message>
        <source>Add %n cards</source>
        <translation>Adicionar %n cartões</translation>
    </message>
    <message>
        <source>Move touchpoint</source>
        <translation>Mover ponto de contato</translation>
    </message>
    <message>
        <source>Move action</source>
        <translation>Mover ação</translation>
    </message>
    <message>
        <source>Move pain point</source>
        <translation>Mover ponto de dor</translation>
    </message>
    <message>
        <source>Move opportunity</source>
        <translation>Mover oportunidade</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Mover nota</translation>
    </message>
    <message>
        <source>Move text</source>
        <translation>Mover texto</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Adicionar ponto de contato</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Adicionar ação</translation>
    </message>
    <message>
        <source>Add pain point</source>
        <translation>Adicionar ponto de dor</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Adicionar oportunidade</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Adicionar texto</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>Excluir ponto de contato</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Excluir ação</translation>
    </message>
    <message>
        <source>Delete pain point</source>
        <translation>Excluir ponto de dor</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Excluir oportunidade</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Excluir nota</translation>
    </message>
    <message>
        <source>Delete text</source>
        <translation>Excluir texto</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>Editar ponto de contato</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Editar ação</translation>
    </message>
    <message>
        <source>Edit pain point</source>
        <translation>Editar ponto de dor</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Editar oportunidade</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>Duplicate touchpoint</source>
        <translation>Duplicar ponto de contato</translation>
    </message>
    <message>
        <source>Duplicate action</source>
        <translation>Duplicar ação</translation>
    </message>
    <message>
        <source>Duplicate pain point</source>
        <translation>Duplicar ponto de dor</translation>
    </message>
    <message>
        <source>Duplicate opportunity</source>
        <translation>Duplicar oportunidade</translation>
    </message>
    <message>
        <source>Duplicate note</source>
        <translation>Duplicar nota</translation>
    </message>
    <message>
        <source>Duplicate text</source>
        <translation>Duplicar texto</translation>
    </message>
    <message>
        <source>Paste touchpoint</source>
        <translation>Colar ponto de contato</translation>
    </message>
    <message>
        <source>Paste action</source>
        <translation>Colar ação</translation>
    </message>
    <message>
        <source>Paste pain point</source>
        <translation>Colar ponto de dor</translation>
    </message>
    <message>
        <source>Paste opportunity</source>
        <translation>Colar oportunidade</translation>
    </message>
    <message>
        <source>Paste note</source>
        <translation>Colar nota</translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation>Colar texto</translation>
    </message>
    <message>
        <source>Cut touchpoint</source>
        <translation>Recortar ponto de contato</translation>
    </message>
    <message>
        <source>Cut action</source>
        <translation>Recortar ação</translation>
    </message>
    <message>
        <source>Cut pain point</source>
        <translation>Recortar ponto de dor</translation>
    </message>
    <message>
        <source>Cut opportunity</source>
        <translation>Recortar oportunidade</translation>
    </message>
    <message>
        <source>Cut note</source>
        <translation>Recortar nota</translation>
    </message>
    <message>
        <source>Cut text</source>
        <translation>Recortar texto</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Novo ponto de contato</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nova ação</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>Novo ponto de dor</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nova oportunidade</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>Novo texto</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Novo cartão</translation>
    </message>
    <message>
        <source>This file is open read-only; the change was not saved.</source>
        <translation>Este arquivo está aberto somente para leitura; a alteração não foi salva.</translation>
    </message>
    <message>
        <source>Change emotion</source>
        <translation>Alterar emoção</translation>
    </message>
    <message>
        <source>Add note to card</source>
        <translation>Adicionar nota ao cartão</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Adicionar etapa</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Adicionar raia</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nova etapa</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renomear etapa</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Renomear raia</translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation>Renomear jornada</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Recolour stage</source>
        <translation>Mudar a cor da etapa</translation>
    </message>
    <message>
        <source>Hide lane</source>
        <translation>Ocultar raia</translation>
    </message>
    <message>
        <source>Show lane</source>
        <translation>Mostrar raia</translation>
    </message>
    <message>
        <source>Change lane type</source>
        <translation>Alterar o tipo da raia</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Excluir etapa</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Excluir raia</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>Reordenar etapas</translation>
    </message>
    <message>
        <source>Reorder lanes</source>
        <translation>Reordenar raias</translation>
    </message>
    <message>
        <source>Reorder journeys</source>
        <translation>Reordenar jornadas</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Reordenar</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Pontos de contato</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Ações do cliente</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emoções</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pontos de dor</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Add journey</source>
        <translation>Adicionar jornada</translation>
    </message>
    <message>
        <source>Duplicate journey</source>
        <translation>Duplicar jornada</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Excluir jornada</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <source>New improvement…</source>
        <translation>Nova melhoria…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Votação por pontos</translation>
    </message>
    <message>
        <source>In voting mode each click on an improvement adds a vote.</source>
        <translation>No modo de votação, cada clique numa melhoria soma um voto.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Votes per participant (0 = no limit)</source>
        <translation>Votos por participante (0 = sem limite)</translation>
    </message>
    <message>
        <source>Reset votes</source>
        <translation>Zerar votos</translation>
    </message>
    <message>
        <source>Votes each:</source>
        <translation>Votos por pessoa:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por situação</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filtrar por etapa</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrar por responsável</translation>
    </message>
    <message>
        <source>Search improvements…</source>
        <translation>Buscar melhorias…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n improvement(s)</source>
        <translation>
            <numerusform>Excluir %n melhoria</numerusform>
            <numerusform>Excluir %n melhorias</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the card on the map</source>
        <translation>Mostrar o cartão no mapa</translation>
    </message>
    <message>
        <source>Add a vote</source>
        <translation>Adicionar um voto</translation>
    </message>
    <message>
        <source>Set every vote of this journey back to zero? You can undo it.</source>
        <translation>Zerar todos os votos desta jornada? Dá para desfazer.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) cast</source>
        <translation>
            <numerusform>%n voto dado</numerusform>
            <numerusform>%n votos dados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) left</source>
        <translation>
            <numerusform>%n voto restante</numerusform>
            <numerusform>%n votos restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPalette</name>
    <message>
        <source>Card palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a kind onto the map, or press Enter to add it to the current cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CornerItem</name>
    <message>
        <source>Stages → / Lanes ↓</source>
        <translation>Etapas → / Raias ↓</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Localizar:</translation>
    </message>
    <message>
        <source>Find in cards, notes and improvements</source>
        <translation>Localizar em cartões, notas e melhorias</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Texto a localizar</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Ocorrência anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Ocorrência anterior</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Próxima ocorrência (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Próxima ocorrência</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fechar a barra de localizar (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fechar a barra de localizar</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nada encontrado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Jornada in five minutes</source>
        <translation>O Jornada em cinco minutos</translation>
    </message>
    <message>
        <source>A journey map shows what a customer goes through: &lt;b&gt;stages&lt;/b&gt; run from left to right, &lt;b&gt;lanes&lt;/b&gt; from top to bottom, and &lt;b&gt;cards&lt;/b&gt; sit in the cells.</source>
        <translation>Um mapa de jornada mostra o que um cliente vive: as &lt;b&gt;etapas&lt;/b&gt; vão da esquerda para a direita, as &lt;b&gt;raias&lt;/b&gt; de cima para baixo, e os &lt;b&gt;cartões&lt;/b&gt; ficam nas células.</translation>
    </message>
    <message>
        <source>Build the map</source>
        <translation>Monte o mapa</translation>
    </message>
    <message>
        <source>Start from a template on the start screen, or open a .jornada file.</source>
        <translation>Comece por um modelo na tela inicial ou abra um arquivo .jornada.</translation>
    </message>
    <message>
        <source>Add a card with the palette or by double-clicking a cell; drag cards between cells.</source>
        <translation>Adicione um cartão pela paleta ou com um clique duplo numa célula; arraste cartões entre células.</translation>
    </message>
    <message>
        <source>Give touchpoints a channel and an emotion; the emotion curve follows them. Every emotion has a face and a word, not only a colour.</source>
        <translation>Dê a cada ponto de contato um canal e uma emoção; a curva de emoções acompanha. Toda emoção tem um rosto e uma palavra, não só uma cor.</translation>
    </message>
    <message>
        <source>Every change is saved in the file at once. Undo and redo go back and forth.</source>
        <translation>Toda alteração é salva no arquivo na hora. Desfazer e refazer vão e voltam.</translation>
    </message>
    <message>
        <source>Run a workshop</source>
        <translation>Conduza uma oficina</translation>
    </message>
    <message>
        <source>Presentation mode (F5) fills the screen. The arrow keys step through the stages; the current stage is highlighted and the rest dimmed.</source>
        <translation>O modo apresentação (F5) ocupa a tela inteira. As setas percorrem as etapas; a etapa atual fica em destaque e as demais esmaecidas.</translation>
    </message>
    <message>
        <source>Lock the structure so that stages and lanes cannot be moved, renamed or deleted while participants add cards.</source>
        <translation>Trave a estrutura para que etapas e raias não sejam movidas, renomeadas ou excluídas enquanto os participantes adicionam cartões.</translation>
    </message>
    <message>
        <source>Quick capture: type and press Enter to add a card to the focused cell; Tab moves to the next cell. Each participant can have a colour.</source>
        <translation>Captura rápida: digite e tecle Enter para pôr um cartão na célula em foco; Tab vai para a próxima célula. Cada participante pode ter uma cor.</translation>
    </message>
    <message>
        <source>Start the countdown for each activity; at the end, keep a post-workshop snapshot.</source>
        <translation>Inicie a contagem regressiva de cada atividade; no fim, guarde um instantâneo pós-oficina.</translation>
    </message>
    <message>
        <source>Find and share</source>
        <translation>Localize e compartilhe</translation>
    </message>
    <message>
        <source>Ctrl+F finds text in cards, notes and improvements; F3 and Shift+F3 go to the next and previous match.</source>
        <translation>Ctrl+F localiza texto em cartões, notas e melhorias; F3 e Shift+F3 vão para a próxima ocorrência e a anterior.</translation>
    </message>
    <message>
        <source>Filter the map by lane, persona, channel or evidence, and save the filter as a view.</source>
        <translation>Filtre o mapa por raia, persona, canal ou evidência e salve o filtro como uma visão.</translation>
    </message>
    <message>
        <source>Export the map as an image or PDF, and the backlog as an Excel workbook.</source>
        <translation>Exporte o mapa como imagem ou PDF, e o backlog como pasta de trabalho do Excel.</translation>
    </message>
    <message>
        <source>Language, theme and card text size are in Preferences.</source>
        <translation>Idioma, tema e tamanho do texto dos cartões ficam nas Preferências.</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Setas</translation>
    </message>
    <message>
        <source>Move between cells (canvas) or stages (presentation)</source>
        <translation>Percorrer as células (mapa) ou as etapas (apresentação)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Edit the selected card; in quick capture, add the card</source>
        <translation>Editar o cartão selecionado; na captura rápida, adicionar o cartão</translation>
    </message>
    <message>
        <source>Next / previous cell in quick capture; next control elsewhere</source>
        <translation>Próxima / anterior célula na captura rápida; nos demais, o próximo controle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the selected cards</source>
        <translation>Excluir os cartões selecionados</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Próxima / anterior ocorrência</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modo apresentação</translation>
    </message>
    <message>
        <source>Leave presentation mode or close the find bar</source>
        <translation>Sair do modo apresentação ou fechar a barra de localizar</translation>
    </message>
    <message>
        <source>Lock or unlock the structure (presentation mode)</source>
        <translation>Travar ou destravar a estrutura (modo apresentação)</translation>
    </message>
    <message>
        <source>Start or pause the countdown (presentation mode)</source>
        <translation>Iniciar ou pausar a contagem regressiva (modo apresentação)</translation>
    </message>
    <message>
        <source>Jornada help</source>
        <translation>Ajuda do Jornada</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guia</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a card to see and edit its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colou&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;rsona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished">Persona</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (by kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyList</name>
    <message>
        <source>Journeys</source>
        <translation type="unfinished">Jornadas</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation type="unfinished">Renomear jornada</translation>
    </message>
    <message>
        <source>Duplicate journey</source>
        <translation type="unfinished">Duplicar jornada</translation>
    </message>
    <message>
        <source>Delete journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move journey up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move journey down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <source>This journey is empty: add a stage and a lane.</source>
        <translation>Esta jornada está vazia: adicione uma etapa e uma raia.</translation>
    </message>
    <message>
        <source>Add a stage to place cards.</source>
        <translation>Adicione uma etapa para colocar cartões.</translation>
    </message>
    <message>
        <source>Add a lane to place cards.</source>
        <translation>Adicione uma raia para colocar cartões.</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>Journey map</source>
        <translation>Mapa da jornada</translation>
    </message>
    <message>
        <source>New %1 — type a title, Enter to add</source>
        <translation>Novo(a) %1 — digite um título, Enter para adicionar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Journeys</source>
        <translation>Jornadas</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Jornada</source>
        <translation>Jornada</translation>
    </message>
    <message>
        <source>Open journey map</source>
        <translation>Abrir mapa de jornada</translation>
    </message>
    <message>
        <source>Jornada files (*.jornada);;All files (*)</source>
        <translation>Arquivos do Jornada (*.jornada);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Arquivo em uso</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Abrir somente para leitura?</translation>
    </message>
    <message>
        <source>Read-only: this file cannot be changed here. Edits are disabled.</source>
        <translation>Somente leitura: este arquivo não pode ser alterado aqui. A edição está desativada.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n cartão</numerusform>
            <numerusform>%n cartões</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaActions</name>
    <message>
        <source>%n card(s) tied to it will keep their place without a persona.</source>
        <translation>%n cartão(ões) ligado(s) a ela continua(m) no lugar, sem persona.</translation>
    </message>
</context>
<context>
    <name>PersonaEditor</name>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>Escolher &amp;foto…</translation>
    </message>
    <message>
        <source>A PNG, JPEG, GIF or BMP image; it is scaled down and stored in the file.</source>
        <translation>Uma imagem PNG, JPEG, GIF ou BMP; ela é reduzida e guardada no arquivo.</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remover foto</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;or…</translation>
    </message>
    <message>
        <source>The colour of this persona&apos;s emotion curve and avatar.</source>
        <translation>A cor da curva de emoções e do avatar desta persona.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>e.g. Online shopper, 34, marketing analyst</source>
        <translation>ex.: compradora on-line, 34 anos, analista de marketing</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Citação:</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>&amp;Expectations:</source>
        <translation>&amp;Expectativas:</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Expectativas</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Frustrações:</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrações</translation>
    </message>
    <message>
        <source>Preferred &amp;channels:</source>
        <translation>&amp;Canais preferidos:</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Canais preferidos</translation>
    </message>
    <message>
        <source>Tick the channels this persona prefers.</source>
        <translation>Marque os canais que esta persona prefere.</translation>
    </message>
</context>
<context>
    <name>PersonaLibrary</name>
    <message>
        <source>Tick a persona to show it on this journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Excluir</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sheet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonaStrip</name>
    <message>
        <source>Personas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a persona to this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average emotion of each stage today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average to-be emotion of each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One curve per persona, in the persona&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">Editar…</translation>
    </message>
    <message>
        <source>Export sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New persona…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>When the file is closed</source>
        <translation>Ao fechar o arquivo</translation>
    </message>
    <message>
        <source>When the file is opened</source>
        <translation>Ao abrir o arquivo</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Uma vez por dia</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Pasta padrão de exportação</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>Idioma e aparência</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of menus and dialogs. It changes at once.</source>
        <translation>O idioma de menus e diálogos. Muda na hora.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light, dark, or the same as the system.</source>
        <translation>Claro, escuro ou igual ao sistema.</translation>
    </message>
    <message>
        <source>Card &amp;text size:</source>
        <translation>Tamanho do &amp;texto dos cartões:</translation>
    </message>
    <message>
        <source>Card text size in points</source>
        <translation>Tamanho do texto dos cartões em pontos</translation>
    </message>
    <message>
        <source>Larger text reads better on a projector.</source>
        <translation>Texto maior fica mais legível no projetor.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>&amp;Snapshots:</source>
        <translation>&amp;Instantâneos:</translation>
    </message>
    <message>
        <source>Snapshot policy</source>
        <translation>Quando guardar instantâneos</translation>
    </message>
    <message>
        <source>When Jornada keeps a dated copy of the open file, to go back to later.</source>
        <translation>Quando o Jornada guarda uma cópia datada do arquivo aberto, para voltar a ela depois.</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>Pasta de &amp;exportação:</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Pasta padrão de exportação</translation>
    </message>
    <message>
        <source>The folder of the map file</source>
        <translation>A pasta do arquivo do mapa</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Escolher a pasta de exportação</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Jornada — start</source>
        <translation>Jornada — início</translation>
    </message>
    <message>
        <source>Customer-journey maps for workshops and teams, offline.</source>
        <translation>Mapas da jornada do cliente para oficinas e equipes, sem internet.</translation>
    </message>
    <message>
        <source>&amp;New map from the selected template</source>
        <translation>&amp;Novo mapa a partir do modelo selecionado</translation>
    </message>
    <message>
        <source>New map from the selected template</source>
        <translation>Novo mapa a partir do modelo selecionado</translation>
    </message>
    <message>
        <source>&amp;Open a map…</source>
        <translation>&amp;Abrir um mapa…</translation>
    </message>
    <message>
        <source>Open a map file</source>
        <translation>Abrir um arquivo de mapa</translation>
    </message>
    <message>
        <source>Explore the &amp;sample map</source>
        <translation>Explorar o mapa de &amp;exemplo</translation>
    </message>
    <message>
        <source>Open the sample map</source>
        <translation>Abrir o mapa de exemplo</translation>
    </message>
    <message>
        <source>&amp;Recent maps</source>
        <translation>Mapas &amp;recentes</translation>
    </message>
    <message>
        <source>Recent maps</source>
        <translation>Mapas recentes</translation>
    </message>
    <message>
        <source>Maps you open will be listed here.</source>
        <translation>Os mapas que você abrir aparecerão aqui.</translation>
    </message>
    <message>
        <source>New from a &amp;template</source>
        <translation>Novo a partir de um &amp;modelo</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Press Enter to create a map from the template.</source>
        <translation>Tecle Enter para criar um mapa a partir do modelo.</translation>
    </message>
    <message>
        <source>Double-click a template, or select it and press Enter.</source>
        <translation>Dê um clique duplo num modelo, ou selecione-o e tecle Enter.</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Novo mapa</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>“%1” já existe; escolha outro nome.</translation>
    </message>
    <message>
        <source>The map could not be created: %1</source>
        <translation>Não foi possível criar o mapa: %1</translation>
    </message>
    <message>
        <source>Sample map</source>
        <translation>Mapa de exemplo</translation>
    </message>
    <message>
        <source>The sample map could not be created: %1</source>
        <translation>Não foi possível criar o mapa de exemplo: %1</translation>
    </message>
    <message>
        <source>Jornada files (*.jornada)</source>
        <translation>Arquivos do Jornada (*.jornada)</translation>
    </message>
    <message>
        <source>Open journey map</source>
        <translation>Abrir mapa de jornada</translation>
    </message>
    <message>
        <source>Jornada files (*.jornada);;All files (*)</source>
        <translation>Arquivos do Jornada (*.jornada);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>StructureLock</name>
    <message>
        <source>The structure of this journey is locked: stages and lanes cannot be added, moved, renamed or deleted. Unlock the structure first (Workshop menu).</source>
        <translation>A estrutura desta jornada está travada: etapas e raias não podem ser adicionadas, movidas, renomeadas nem excluídas. Destrave a estrutura antes (menu Oficina).</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Your workspace could not be created: %1</source>
        <translation>Não foi possível criar seu espaço de trabalho: %1</translation>
    </message>
</context>
</TS>
